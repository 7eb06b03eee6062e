// The review workflow of claims and the workspace vocabularies (docs/REVIEW.md): editors move
// claims through draft → in review → reviewed → published, tag claims and pick relation terms;
// owners set whether publishing needs a second editor.
import { z } from "zod";
import {
  AddTermInput,
  ClaimReviewStatus,
  ClaimTags,
  HopRelationTermResult,
  ListTermsInput,
  RemoveTermInput,
  ReviewQueue,
  SetHopRelationTermInput,
  TagClaimInput,
  Term,
  TransitionClaimInput,
  TransitionResult,
  WorkspaceRef,
  WorkspaceSettings,
  WorkspaceSettingsInput,
} from "@/lib/review/schemas";
import type { Role } from "@/lib/vocabulary";
import { getClaimReview, listReviewQueue } from "@/server/services/review/list-review-queue";
import { transitionClaim } from "@/server/services/review/transition-claim";
import { getWorkspaceSettings, setWorkspaceSettings } from "@/server/services/review/workspace-settings";
import { addTerm, listTerms, removeTerm } from "@/server/services/vocabulary/manage-terms";
import { setHopRelationTerm } from "@/server/services/vocabulary/set-hop-relation-term";
import { tagClaim, untagClaim } from "@/server/services/vocabulary/tag-claims";
import { createRouter, editorProcedure, memberProcedure, ownerProcedure } from "../init";
import { byClaimId, byHopId, byWorkspaceId } from "../workspace-of";

const actorOf = (ctx: { session: { userId: string }; role: Role }) => ({ userId: ctx.session.userId, role: ctx.role });

export const reviewRouter = createRouter({
  /** Submit, sign off, publish, send back or unpublish a claim, naming the version read. */
  transition: editorProcedure(byClaimId)
    .input(TransitionClaimInput)
    .output(TransitionResult)
    .mutation(({ ctx, input }) =>
      transitionClaim(ctx.db, actorOf(ctx), {
        claimId: input.claimId,
        version: input.version,
        action: input.action,
        note: input.note,
      }),
    ),

  /** One claim's place in the workflow and what the caller may do next. */
  claim: memberProcedure(byClaimId)
    .input(z.object({ claimId: z.string().uuid("claimId must be a UUID") }))
    .output(ClaimReviewStatus)
    .query(({ ctx, input }) => getClaimReview(ctx.db, actorOf(ctx), input.claimId)),

  /** Claims waiting for review or for publishing, and the latest drafts. */
  queue: memberProcedure(byWorkspaceId)
    .input(WorkspaceRef)
    .output(ReviewQueue)
    .query(({ ctx, input }) => listReviewQueue(ctx.db, actorOf(ctx), input.workspaceId)),

  settings: memberProcedure(byWorkspaceId)
    .input(WorkspaceRef)
    .output(WorkspaceSettings)
    .query(({ ctx, input }) => getWorkspaceSettings(ctx.db, input.workspaceId)),

  updateSettings: ownerProcedure(byWorkspaceId)
    .input(WorkspaceSettingsInput)
    .output(WorkspaceSettings)
    .mutation(({ ctx, input }) => setWorkspaceSettings(ctx.db, ctx.session.userId, input)),

  terms: memberProcedure(byWorkspaceId)
    .input(ListTermsInput)
    .output(z.array(Term))
    .query(({ ctx, input }) => listTerms(ctx.db, input.workspaceId, input.kind)),

  addTerm: editorProcedure(byWorkspaceId)
    .input(AddTermInput)
    .output(Term)
    .mutation(({ ctx, input }) => addTerm(ctx.db, ctx.session.userId, input)),

  removeTerm: editorProcedure(byWorkspaceId)
    .input(RemoveTermInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(({ ctx, input }) => removeTerm(ctx.db, ctx.session.userId, input.workspaceId, input.termId)),

  tagClaim: editorProcedure(byClaimId)
    .input(TagClaimInput)
    .output(ClaimTags)
    .mutation(({ ctx, input }) => tagClaim(ctx.db, ctx.session.userId, input.claimId, input.termId)),

  untagClaim: editorProcedure(byClaimId)
    .input(TagClaimInput)
    .output(ClaimTags)
    .mutation(({ ctx, input }) => untagClaim(ctx.db, ctx.session.userId, input.claimId, input.termId)),

  /** Picks the workspace's own term for a hop's relation, or clears it (termId null). */
  setHopRelationTerm: editorProcedure(byHopId)
    .input(SetHopRelationTermInput)
    .output(HopRelationTermResult)
    .mutation(({ ctx, input }) => setHopRelationTerm(ctx.db, ctx.session.userId, input)),
});
