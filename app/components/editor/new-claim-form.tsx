"use client";
import { type FormEvent, useState } from "react";
import { ClaimKind, ClaimStatus } from "@/lib/vocabulary";
import type { SelectedSpan } from "./selection-offsets";
import { type PickedSource, SourcePicker } from "./source-picker";
import { useTRPC } from "./trpc-provider";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

type Props = {
  workspaceId: string;
  articleId: string;
  span: SelectedSpan;
  onCancel: () => void;
  onCreated: (claimId: string) => void;
};

export function NewClaimForm({ workspaceId, articleId, span, onCancel, onCreated }: Props) {
  const trpc = useTRPC();
  const [speaker, setSpeaker] = useState<PickedSource | null>(null);
  const creating = useWrite(trpc.editing.createClaim.mutationOptions());

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const claim = await creating.run({
      articleId,
      ...span,
      kind: ClaimKind.parse(form.get("kind")),
      status: ClaimStatus.parse(form.get("status")),
      speakerId: speaker?.id ?? null,
      cue: String(form.get("cue") ?? "") || null,
    });
    if (claim) onCreated(claim.id);
  }

  return (
    <form className="editor-form" onSubmit={submit} aria-label="New claim">
      <h2>New claim</h2>
      <blockquote className="quote">{span.exact}</blockquote>
      <p className="meta">
        Characters {span.start}–{span.end}
      </p>
      <div className="form-row">
        <label>
          Kind
          <select name="kind" defaultValue="PARAPHRASE">
            <option value="DIRECT_QUOTE">direct quote</option>
            <option value="PARAPHRASE">paraphrase</option>
            <option value="UNATTRIBUTED">unattributed statement</option>
          </select>
        </label>
        <label>
          Status
          <select name="status" defaultValue="ASSERTED">
            {ClaimStatus.options.map((status) => (
              <option key={status} value={status}>
                {status.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
      </div>
      <SourcePicker workspaceId={workspaceId} label="Speaker" value={speaker} onChange={setSpeaker} create />
      <label>
        Attribution cue in the text
        <input name="cue" placeholder="e.g. as reported by Le Parisien" maxLength={500} />
      </label>
      <WriteProblem problem={creating.problem} />
      <div className="form-row">
        <button type="submit" disabled={creating.pending}>
          Create claim
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
