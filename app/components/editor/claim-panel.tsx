"use client";
// One claim: what the analysis derives, its fields, its chain of hops, corrections and history.
import { type FormEvent, useState } from "react";
import type { ClaimSourcing } from "@/lib/sourcing/schemas";
import { ClaimKind, ClaimStatus, PrimaryRecord } from "@/lib/vocabulary";
import { AnchorReview } from "./anchor-review";
import { ClaimHistory } from "./claim-history";
import { HopForm } from "./hop-form";
import { ProvenanceSummary } from "./provenance-summary";
import { ClaimTags } from "./review/claim-tags";
import { HopRelationTerm } from "./review/hop-relation-term";
import { ReviewControls } from "./review/review-controls";
import { type PickedSource, SourcePicker } from "./source-picker";
import { StandingControl } from "./standing-control";
import { useTRPC } from "./trpc-provider";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

type Props = {
  workspaceId: string;
  claim: ClaimSourcing;
  canWrite: boolean;
  onDeleted: () => void;
  /** The words selected in the article text, for moving a claim flagged after an edit. */
  selection: { start: number; end: number; exact: string } | null;
};

export function ClaimPanel({ workspaceId, claim, canWrite, onDeleted, selection }: Props) {
  const trpc = useTRPC();
  const [speaker, setSpeaker] = useState<PickedSource | null>(claim.speaker);
  const saving = useWrite(trpc.editing.updateClaim.mutationOptions());
  const removingHop = useWrite(trpc.editing.removeHop.mutationOptions());
  const deleting = useWrite(trpc.editing.deleteClaim.mutationOptions({ onSuccess: onDeleted }));
  const problem = saving.problem ?? removingHop.problem ?? deleting.problem;
  const sources = claim.graph.sources;

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void saving.run({
      claimId: claim.id,
      version: claim.version,
      kind: ClaimKind.parse(form.get("kind")),
      status: ClaimStatus.parse(form.get("status")),
      speakerId: speaker?.id ?? null,
      cue: String(form.get("cue") ?? "") || null,
      primaryRecord: PrimaryRecord.parse(form.get("primaryRecord")),
      primaryRecordNote: String(form.get("primaryRecordNote") ?? "") || null,
    });
  }

  return (
    <section className="claim-panel" aria-label="Selected claim">
      <blockquote className="quote">{claim.quote}</blockquote>
      <ProvenanceSummary provenance={claim.provenance} />
      <ReviewControls
        claimId={claim.id}
        reviewState={claim.reviewState ?? "DRAFT"}
        version={claim.version}
        canWrite={canWrite}
      />
      {claim.anchorState === "NEEDS_REVIEW" && canWrite ? (
        <AnchorReview
          claimId={claim.id}
          version={claim.version}
          previousQuote={claim.previousExact ?? claim.quote}
          currentText={claim.quote}
          selection={selection}
        />
      ) : null}
      {claim.unfinishedHopIds.length ? (
        <p className="notice">
          The chain is unfinished: {claim.unfinishedHopIds.length} hop(s) do not reach the article yet, so they are not
          counted. Add the hops that carry the claim on to this article.
        </p>
      ) : null}
      <WriteProblem problem={problem} />

      <h3>Chain</h3>
      {claim.hops.length === 0 ? (
        <p className="meta">No hops yet: the claim is unattributed until you trace it.</p>
      ) : null}
      <ol className="plain-list hops">
        {claim.hops.map((hop) => (
          <li key={hop.id} className={claim.unfinishedHopIds.includes(hop.id) ? "unfinished" : ""}>
            {hop.from.name} → {hop.to?.name ?? "this article"}{" "}
            <span className="meta">
              ({hop.relation.toLowerCase().replace("_", " ")}, {hop.firstHand ? "first-hand" : "second-hand"},{" "}
              {Math.round(hop.confidence * 100)}%)
            </span>
            <HopRelationTerm
              workspaceId={workspaceId}
              hopId={hop.id}
              claimVersion={claim.version}
              relationTermId={hop.relationTermId}
              canWrite={canWrite}
            />
            {canWrite ? (
              <button
                type="button"
                className="link-button"
                onClick={() => void removingHop.run({ hopId: hop.id, claimVersion: claim.version })}
                aria-label={`Remove hop ${hop.from.name} to ${hop.to?.name ?? "this article"}`}
              >
                remove
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {canWrite ? (
        <HopForm workspaceId={workspaceId} claimId={claim.id} claimVersion={claim.version} graph={claim.graph} />
      ) : null}

      {canWrite ? (
        <form className="editor-form" onSubmit={save} aria-label="Claim details">
          <h3>Details</h3>
          <div className="form-row">
            <label>
              Kind
              <select name="kind" defaultValue={claim.kind}>
                {ClaimKind.options.map((kind) => (
                  <option key={kind} value={kind}>
                    {kind.toLowerCase().replace("_", " ")}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Status
              <select name="status" defaultValue={claim.status}>
                {ClaimStatus.options.map((status) => (
                  <option key={status} value={status}>
                    {status.toLowerCase()}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Primary record
              <select name="primaryRecord" defaultValue={claim.primaryRecord}>
                {PrimaryRecord.options.map((record) => (
                  <option key={record} value={record}>
                    {record.toLowerCase().replace("_", " ")}
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
          <div className="form-row">
            <button type="submit">Save claim</button>
            <button
              type="button"
              className="link-button danger"
              onClick={() => void deleting.run({ claimId: claim.id, version: claim.version })}
            >
              Delete claim
            </button>
          </div>
        </form>
      ) : null}

      {canWrite
        ? sources.map((source) => (
            <StandingControl key={source.id} workspaceId={workspaceId} sourceId={source.id} sourceName={source.name} />
          ))
        : null}
      <ClaimTags workspaceId={workspaceId} claimId={claim.id} canWrite={canWrite} />
      <ClaimHistory claimId={claim.id} />
    </section>
  );
}
