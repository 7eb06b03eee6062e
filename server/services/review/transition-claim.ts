// Moves a claim through the review workflow (lib/review/review-workflow.ts decides): one
// transaction that checks the version the editor read, applies the transition and audits it.
import { AppError } from "@/lib/errors";
import { decideReviewAction } from "@/lib/review/review-workflow";
import type { ReviewAction, TransitionResult } from "@/lib/review/schemas";
import type { Role } from "@/lib/vocabulary";
import type { Db } from "@/server/database/open-database";
import { recordAudit } from "../audit/record-audit";
import { bumpClaimVersion } from "../editing/claim-version";
import { readPeople, reviewFactsSelect } from "./review-facts";

export type TransitionRequest = { claimId: string; version: number; action: ReviewAction; note: string | null };
export type Actor = { userId: string; role: Role };

export async function transitionClaim(db: Db, actor: Actor, input: TransitionRequest): Promise<TransitionResult> {
  return db.$transaction(async (tx) => {
    // The conditional bump comes first: it refuses a stale version and holds the claim's row
    // until the transaction ends, so two editors cannot move the same claim at once.
    // A review step changes the state only; it must not reopen review like a sourcing edit.
    const version = await bumpClaimVersion(tx, input.claimId, input.version, { reopenReview: false });
    const claim = await tx.claim.findUniqueOrThrow({
      where: { id: input.claimId },
      select: {
        reviewState: true,
        reviewedById: true,
        ...reviewFactsSelect,
        article: { select: { workspace: { select: { id: true, requireSecondReview: true } } } },
      },
    });
    const workspace = claim.article.workspace;
    const outcome = decideReviewAction(input.action, {
      state: claim.reviewState,
      actor,
      requireSecondReview: workspace.requireSecondReview,
      lastSourcingEditorId: claim.lastSourcingEditorId,
      changedSinceSignOff: claim.signedOffVersion !== input.version,
      note: input.note,
    });
    if (!outcome.ok) throw new AppError(outcome.code, outcome.message);

    const reviewedById = outcome.reviewedById === undefined ? claim.reviewedById : outcome.reviewedById;
    const now = new Date();
    const facts =
      input.action === "submit"
        ? { submittedById: actor.userId, submittedAt: now, reviewNote: null, reviewNoteById: null, reviewNoteAt: null }
        : input.action === "sign_off"
          ? { signedOffVersion: version }
          : input.action === "send_back"
            ? { reviewNote: input.note, reviewNoteById: actor.userId, reviewNoteAt: now }
            : {};
    await tx.claim.update({
      where: { id: input.claimId },
      data: { reviewState: outcome.to, reviewedById, publishedAt: outcome.to === "PUBLISHED" ? now : null, ...facts },
    });
    await recordAudit(tx, {
      workspaceId: workspace.id,
      actorId: actor.userId,
      action: `review.${input.action}`,
      entityType: "claim",
      entityId: input.claimId,
      before: { reviewState: claim.reviewState, reviewedById: claim.reviewedById },
      after: { reviewState: outcome.to, reviewedById, version, note: input.note },
    });
    const people = await readPeople(tx, [reviewedById]);
    return {
      id: input.claimId,
      version,
      reviewState: outcome.to,
      reviewedBy: reviewedById ? (people.get(reviewedById) ?? null) : null,
    };
  });
}
