"use client";
// One claim: what the analysis derives, its review, its chain of hops (changed in place, added
// to in one step), its fields, corrections and history. Esc or × closes it.
import type { ClaimSourcing } from "@/lib/sourcing/schemas";
import { AnchorReview } from "./anchor-review";
import { ClaimDetailsForm } from "./claim-details-form";
import { ClaimHistory } from "./claim-history";
import { ExtendChain } from "./extend-chain";
import { HopList } from "./hop-list";
import { ProvenanceSummary } from "./provenance-summary";
import { ClaimTags } from "./review/claim-tags";
import { ReviewControls } from "./review/review-controls";
import { StandingControl } from "./standing-control";
import type { Undoable } from "./undo-notice";

type Props = {
  workspaceId: string;
  claim: ClaimSourcing;
  canWrite: boolean;
  onDeleted: (undo: Undoable) => void;
  onRemovedHop: (undo: Undoable) => void;
  onClose: () => void;
  /** The words selected in the article text, for moving a claim flagged after an edit. */
  selection: { start: number; end: number; exact: string } | null;
};

export function ClaimPanel({ workspaceId, claim, canWrite, onDeleted, onRemovedHop, onClose, selection }: Props) {
  return (
    <section className="claim-panel" aria-label="Selected claim">
      <div className="drawer-head">
        <blockquote className="quote">{claim.quote}</blockquote>
        <button type="button" className="link-button" onClick={onClose} aria-label="Close the claim (Esc)">
          ×
        </button>
      </div>
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

      <h3>Chain</h3>
      <HopList workspaceId={workspaceId} claim={claim} canWrite={canWrite} onRemoved={onRemovedHop} />
      {canWrite ? <ExtendChain workspaceId={workspaceId} claim={claim} /> : null}
      {canWrite ? <ClaimDetailsForm workspaceId={workspaceId} claim={claim} onDeleted={onDeleted} /> : null}

      {canWrite
        ? claim.graph.sources.map((source) => (
            <StandingControl key={source.id} workspaceId={workspaceId} sourceId={source.id} sourceName={source.name} />
          ))
        : null}
      <ClaimTags workspaceId={workspaceId} claimId={claim.id} canWrite={canWrite} />
      <ClaimHistory claimId={claim.id} />
    </section>
  );
}
