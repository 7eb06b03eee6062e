"use client";
// A claim's own fields (kind, status, stance, primary record, speaker, cue) and its delete, which asks
// once and can be undone.
import { type FormEvent, useState } from "react";
import type { ClaimSourcing } from "@/lib/sourcing/schemas";
import { ClaimKind, ClaimStance, ClaimStatus, PrimaryRecord } from "@/lib/vocabulary";
import { stateClaimBriefly } from "@/lib/words/claim-statement";
import { CLAIM_KIND_WORDS, CLAIM_STATUS_WORDS, PRIMARY_RECORD_WORDS, STANCE_WORDS } from "@/lib/words/display-words";
import { AskOnceButton } from "./ask-once-button";
import { type PickedSource, SourcePicker } from "./source-picker";
import { useTRPC } from "./trpc-provider";
import type { Undoable } from "./undo-notice";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

type Props = { workspaceId: string; claim: ClaimSourcing; onDeleted: (undo: Undoable) => void };

export function ClaimDetailsForm({ workspaceId, claim, onDeleted }: Props) {
  const trpc = useTRPC();
  const [speaker, setSpeaker] = useState<PickedSource | null>(claim.speaker);
  const saving = useWrite(trpc.editing.updateClaim.mutationOptions());
  const deleting = useWrite(
    trpc.editing.deleteClaim.mutationOptions({
      onSuccess: ({ eventId }) =>
        onDeleted({
          eventId,
          kind: "claim",
          claimId: claim.id,
          what: `The claim (${stateClaimBriefly({ ...claim, speakerName: claim.speaker?.name ?? null }, 60)})`,
        }),
    }),
  );

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void saving.run({
      claimId: claim.id,
      version: claim.version,
      kind: ClaimKind.parse(form.get("kind")),
      status: ClaimStatus.parse(form.get("status")),
      stance: ClaimStance.parse(form.get("stance")),
      speakerId: speaker?.id ?? null,
      cue: String(form.get("cue") ?? "") || null,
      primaryRecord: PrimaryRecord.parse(form.get("primaryRecord")),
      primaryRecordNote: String(form.get("primaryRecordNote") ?? "") || null,
    });
  }

  return (
    <form className="editor-form" onSubmit={save} aria-label="Claim details">
      <h3>Details</h3>
      <div className="form-row">
        <label>
          Kind
          <select name="kind" defaultValue={claim.kind}>
            {ClaimKind.options.map((kind) => (
              <option key={kind} value={kind}>
                {CLAIM_KIND_WORDS[kind]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select name="status" defaultValue={claim.status}>
            {ClaimStatus.options.map((status) => (
              <option key={status} value={status}>
                {CLAIM_STATUS_WORDS[status]}
              </option>
            ))}
          </select>
        </label>
        <label>
          The speaker
          <select name="stance" defaultValue={claim.stance}>
            {ClaimStance.options.map((stance) => (
              <option key={stance} value={stance}>
                {STANCE_WORDS[stance]} it
              </option>
            ))}
          </select>
        </label>
        <label>
          Primary record
          <select name="primaryRecord" defaultValue={claim.primaryRecord}>
            {PrimaryRecord.options.map((record) => (
              <option key={record} value={record}>
                {PRIMARY_RECORD_WORDS[record]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <SourcePicker workspaceId={workspaceId} label="Speaker" value={speaker} onChange={setSpeaker} create />
      <label>
        Cue <input name="cue" defaultValue={claim.cue ?? ""} maxLength={500} />
      </label>
      <label>
        Primary-record note{" "}
        <input name="primaryRecordNote" defaultValue={claim.primaryRecordNote ?? ""} maxLength={2000} />
      </label>
      <WriteProblem problem={saving.problem ?? deleting.problem} />
      <div className="form-row">
        <button type="submit" disabled={saving.pending}>
          Save claim
        </button>
        <AskOnceButton
          label="Delete claim"
          question="Delete this claim and its chain?"
          disabled={deleting.pending}
          onConfirm={() => void deleting.run({ claimId: claim.id, version: claim.version })}
        />
      </div>
    </form>
  );
}
