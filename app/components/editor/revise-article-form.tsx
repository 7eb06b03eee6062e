"use client";
// Publishing a correction: the editor edits the body; every claim is re-anchored, and those
// whose words changed are flagged for review. The version read is sent, so two people revising
// at once cannot overwrite each other. After saving, the form shows the saved text of the new
// version, as stored (trimmed, LF line ends), and an empty note: it is keyed on the version, so
// the page's refresh after the write starts it afresh while the result stays shown.
import type { FormEvent } from "react";
import { countNoun } from "@/lib/count-noun";
import { useTRPC } from "./trpc-provider";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

export function ReviseArticleForm({ articleId, body, version }: { articleId: string; body: string; version: number }) {
  const trpc = useTRPC();
  const revising = useWrite(trpc.editing.reviseArticle.mutationOptions());

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void revising.run({
      articleId,
      content: String(form.get("body")),
      note: String(form.get("note") ?? "").trim() || undefined,
      expectedVersion: version,
    });
  }

  const result = revising.data;
  const count = (status: string) => result?.claims.filter((claim) => claim.status === status).length ?? 0;
  return (
    <details className="revise">
      <summary>Correct the text (version {version})</summary>
      <form key={version} className="editor-form" onSubmit={submit} aria-label="Correct the text">
        <label>
          Text
          <textarea name="body" rows={14} defaultValue={body} />
        </label>
        {/* The note stays in the newsroom (list-corrections.ts never reads it); what readers see is the
            summary of changed passages, so the form says both. */}
        <label>
          What changed (internal note, newsroom only){" "}
          <input name="note" maxLength={2000} placeholder="for colleagues: why the text changed" />
        </label>
        <p className="meta">
          If the article is published, readers see a dated correction notice on its page with the changed passages, old
          and new words.
        </p>
        <WriteProblem problem={revising.problem} />
        <button type="submit" disabled={revising.pending}>
          Save as version {version + 1}
        </button>
      </form>
      {result ? (
        <p role="status">
          Version {result.article.version} saved: {countNoun(count("unchanged"), "claim")} unchanged, {count("moved")}{" "}
          moved with their words, {count("needs_review")} {count("needs_review") === 1 ? "needs" : "need"} review.
        </p>
      ) : null}
    </details>
  );
}
