"use client";
// Publishing a correction: the editor edits the body; every claim is re-anchored, and those
// whose words changed are flagged for review. The version read is sent, so two people revising
// at once cannot overwrite each other.
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import type { RevisionResult } from "@/lib/articles/revision-schemas";
import { describeError } from "./describe-error";
import { useTRPCClient } from "./trpc-provider";

export function ReviseArticleForm({ articleId, body, version }: { articleId: string; body: string; version: number }) {
  const client = useTRPCClient();
  const router = useRouter();
  const [result, setResult] = useState<RevisionResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    try {
      const revision = await client.editing.reviseArticle.mutate({
        articleId,
        content: String(form.get("body")),
        note: String(form.get("note") ?? "").trim() || undefined,
        expectedVersion: version,
      });
      setResult(revision);
      router.refresh();
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  const count = (status: string) => result?.claims.filter((claim) => claim.status === status).length ?? 0;
  return (
    <details className="revise">
      <summary>Correct the text (version {version})</summary>
      <form className="editor-form" onSubmit={submit} aria-label="Correct the text">
        <label>
          Text
          <textarea name="body" rows={14} defaultValue={body} />
        </label>
        <label>
          What changed <input name="note" maxLength={2000} placeholder="e.g. corrected the quote in paragraph 5" />
        </label>
        {error ? (
          <p role="alert" className="form-error">
            {error}
          </p>
        ) : null}
        <button type="submit">Save as version {version + 1}</button>
      </form>
      {result ? (
        <p role="status">
          Version {result.article.version} saved: {count("unchanged")} claims unchanged, {count("moved")} moved with
          their words, {count("needs_review")} need review.
        </p>
      ) : null}
    </details>
  );
}
