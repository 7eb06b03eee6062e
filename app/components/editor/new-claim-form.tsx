"use client";
import { type FormEvent, useState } from "react";
import { ClaimKind, ClaimStatus } from "@/lib/vocabulary";
import { describeError } from "./describe-error";
import type { SelectedSpan } from "./selection-offsets";
import { type PickedSource, SourcePicker } from "./source-picker";
import { useTRPCClient } from "./trpc-provider";

type Props = {
  workspaceId: string;
  articleId: string;
  span: SelectedSpan;
  onCancel: () => void;
  onCreated: (claimId: string) => void;
};

export function NewClaimForm({ workspaceId, articleId, span, onCancel, onCreated }: Props) {
  const client = useTRPCClient();
  const [speaker, setSpeaker] = useState<PickedSource | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    try {
      const claim = await client.editing.createClaim.mutate({
        articleId,
        ...span,
        kind: ClaimKind.parse(form.get("kind")),
        status: ClaimStatus.parse(form.get("status")),
        speakerId: speaker?.id ?? null,
        cue: String(form.get("cue") ?? "") || null,
      });
      onCreated(claim.id);
    } catch (caught) {
      setError(describeError(caught));
    }
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
      <SourcePicker workspaceId={workspaceId} label="Speaker" value={speaker} onChange={setSpeaker} />
      <label>
        Attribution cue in the text
        <input name="cue" placeholder="e.g. as reported by Le Parisien" maxLength={500} />
      </label>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <div className="form-row">
        <button type="submit">Create claim</button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
