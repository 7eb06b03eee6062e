// Editors' writes: articles, claims and their chains. Every mutation is one transaction with
// its audit record (server/services/editing).
import { z } from "zod";
import { ReviseArticleInput, RevisionResult } from "@/lib/articles/revision-schemas";
import {
  AcceptSuggestionInput,
  AddHopInput,
  AddHopsInput,
  CreateArticleInput,
  CreateClaimInput,
  DeleteClaimInput,
  RemoveHopInput,
  SetArticleStatusInput,
  SuggestClaimsInput,
  UndoDeleteInput,
  UpdateClaimInput,
  UpdateHopInput,
} from "@/lib/editing/schemas";
import { SuggestedClaim } from "@/lib/extraction/suggested-claim";
import { listArticleVersions, resolveAnchor } from "@/server/services/articles/article-versions";
import { reviseArticle } from "@/server/services/articles/revise-article";
import { getClaimHistory } from "@/server/services/audit/claim-history";
import { createArticle, setArticleStatus } from "@/server/services/editing/create-article";
import { createClaim, deleteClaim, updateClaim } from "@/server/services/editing/edit-claims";
import { addHop, addHops, removeHop } from "@/server/services/editing/edit-hops";
import { acceptSuggestion, suggestClaims } from "@/server/services/editing/suggest-claims";
import { undoDelete } from "@/server/services/editing/undo-delete";
import { updateHop } from "@/server/services/editing/update-hop";
import { createRouter, editorProcedure, memberProcedure } from "../init";
import { byArticleId, byAuditEventId, byClaimId, byHopId, byWorkspaceId } from "../workspace-of";

const Versioned = z.object({ id: z.string(), version: z.number().int() });

export const editingRouter = createRouter({
  createArticle: editorProcedure(byWorkspaceId)
    .input(CreateArticleInput)
    .output(z.object({ id: z.string(), slug: z.string() }))
    .mutation(({ ctx, input }) => createArticle(ctx.db, ctx.session.userId, input)),

  setArticleStatus: editorProcedure(byArticleId)
    .input(SetArticleStatusInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await setArticleStatus(ctx.db, ctx.session.userId, input.articleId, input.status);
      return { ok: true as const };
    }),

  createClaim: editorProcedure(byArticleId)
    .input(CreateClaimInput)
    .output(Versioned)
    .mutation(({ ctx, input }) => createClaim(ctx.db, ctx.session.userId, input)),

  updateClaim: editorProcedure(byClaimId)
    .input(UpdateClaimInput)
    .output(Versioned)
    .mutation(({ ctx, input }) => updateClaim(ctx.db, ctx.session.userId, input)),

  /** Deletes a claim; `eventId` names the delete for `undoDelete`. */
  deleteClaim: editorProcedure(byClaimId)
    .input(DeleteClaimInput)
    .output(z.object({ eventId: z.string() }))
    .mutation(({ ctx, input }) => deleteClaim(ctx.db, ctx.session.userId, input.claimId, input.version)),

  addHop: editorProcedure(byClaimId)
    .input(AddHopInput)
    .output(z.object({ id: z.string(), claimVersion: z.number().int() }))
    .mutation(({ ctx, input }) => addHop(ctx.db, ctx.session.userId, input)),

  /** Several hops in one step, as the chain builder showed them. */
  addHops: editorProcedure(byClaimId)
    .input(AddHopsInput)
    .output(z.object({ ids: z.array(z.string()), claimVersion: z.number().int() }))
    .mutation(({ ctx, input }) => addHops(ctx.db, ctx.session.userId, input)),

  /** Changes a hop's relation, first-hand flag, confidence or evidence without removing it. */
  updateHop: editorProcedure(byHopId)
    .input(UpdateHopInput)
    .output(z.object({ claimVersion: z.number().int() }))
    .mutation(({ ctx, input }) => updateHop(ctx.db, ctx.session.userId, input)),

  /** Removes a hop; `eventId` names the removal for `undoDelete`. */
  removeHop: editorProcedure(byHopId)
    .input(RemoveHopInput)
    .output(z.object({ claimVersion: z.number().int(), eventId: z.string() }))
    .mutation(({ ctx, input }) => removeHop(ctx.db, ctx.session.userId, input.hopId, input.claimVersion)),

  /** Brings back a deleted claim or removed hop from its audit record. */
  undoDelete: editorProcedure(byAuditEventId)
    .input(UndoDeleteInput)
    .output(z.object({ claimId: z.string(), version: z.number().int() }))
    .mutation(({ ctx, input }) => undoDelete(ctx.db, ctx.session.userId, input)),

  /** The extractor's suggestions for the claims the article does not have yet. */
  suggestClaims: memberProcedure(byArticleId)
    .input(SuggestClaimsInput)
    .output(z.array(SuggestedClaim))
    .query(({ ctx, input }) => suggestClaims(ctx.db, ctx.session.userId, input.articleId, input.within ?? null)),

  /** Creates a claim from a suggestion as the editor shaped it: exactly the chain they were shown. */
  acceptSuggestion: editorProcedure(byArticleId)
    .input(AcceptSuggestionInput)
    .output(Versioned)
    .mutation(({ ctx, input }) =>
      acceptSuggestion(ctx.db, ctx.session.userId, input.articleId, input.draft, input.shownHops),
    ),

  /** A new version of the body; every claim is re-anchored (moved, or flagged for review). */
  reviseArticle: editorProcedure(byArticleId)
    .input(ReviseArticleInput)
    .output(RevisionResult)
    .mutation(({ ctx, input }) => reviseArticle(ctx.db, ctx.session.userId, input)),

  /** Accepts the words a flagged claim now covers, or moves it to newly selected words. */
  resolveAnchor: editorProcedure(byClaimId)
    .input(
      z.object({
        claimId: z.string().uuid(),
        version: z.number().int().min(1),
        span: z
          .object({
            start: z.number().int().min(0),
            end: z.number().int().min(1),
            exact: z.string().min(1).max(10_000),
          })
          .optional(),
      }),
    )
    .output(Versioned)
    .mutation(({ ctx, input }) => resolveAnchor(ctx.db, ctx.session.userId, input)),

  articleVersions: memberProcedure(byArticleId)
    .input(z.object({ articleId: z.string().uuid() }))
    .output(
      z.array(
        z.object({
          version: z.number().int(),
          title: z.string(),
          body: z.string(),
          note: z.string().nullable(),
          at: z.string(),
          by: z.string(),
        }),
      ),
    )
    .query(({ ctx, input }) => listArticleVersions(ctx.db, input.articleId)),

  claimHistory: memberProcedure(byClaimId)
    .input(z.object({ claimId: z.string().uuid() }))
    .output(
      z.array(
        z.object({
          id: z.string(),
          action: z.string(),
          before: z.unknown(),
          after: z.unknown(),
          at: z.string(),
          actor: z.string(),
        }),
      ),
    )
    .query(({ ctx, input }) => getClaimHistory(ctx.db, input.claimId)),
});
