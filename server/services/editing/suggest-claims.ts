// "Suggest claims": the extractor's first pass over an article, and an editor's accept, which
// creates the claim exactly as the editor shaped and saw it. Nothing is created without the accept.
import { anchorQuotedSpan } from "@/lib/claims/text-anchor";
import { AppError } from "@/lib/errors";
import type { SuggestedClaim } from "@/lib/extraction/suggested-claim";
import { type ClaimDraft, type DraftHop, listDraftHops, sameHops } from "@/lib/suggestions/claim-draft";
import { planDraftClaim } from "@/lib/suggestions/plan-draft";
import { insertTogether } from "@/server/database/bulk-insert";
import type { Db } from "@/server/database/open-database";
import { runOffThread } from "@/server/workers/cpu-pool";
import { findPlannedSources, plannedClaimRows } from "../articles/import-annotation";
import { claimRowsInserts, sourceRowsInsert } from "../articles/import-rows";
import { auditInsert } from "../audit/record-audit";
import { readClaimArticle } from "./claim-article";

// Users with a suggestion running: one at a time each, so that one member cannot fill the CPU
// pool's threads and queue with suggestions while others wait to save a revision.
const suggesting = new Set<string>();

/**
 * `within`: only suggestions that overlap these offsets (the words an editor selected). Throws
 * AppError RATE_LIMITED (TOO_MANY_REQUESTS) while another suggestion of `actorId` is running.
 */
export async function suggestClaims(
  db: Db,
  actorId: string,
  articleId: string,
  within: { start: number; end: number } | null = null,
): Promise<SuggestedClaim[]> {
  if (suggesting.has(actorId))
    throw new AppError("RATE_LIMITED", "your previous claim suggestion is still running; wait for it, then ask again");
  suggesting.add(actorId);
  try {
    const article = await db.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { body: true, publisher: true, claims: { select: { startOffset: true, endOffset: true } } },
    });
    // The extractor's time grows with the article: it runs in the CPU pool's threads.
    const fresh = await runOffThread("suggestClaims", {
      body: article.body,
      ownOutlet: article.publisher ?? undefined,
      annotated: article.claims.map((claim) => ({ start: claim.startOffset, end: claim.endOffset })),
    });
    return within ? fresh.filter((s) => s.start < within.end && s.end > within.start) : fresh;
  } finally {
    suggesting.delete(actorId);
  }
}

/**
 * Saves a draft as a claim with exactly the hops `listDraftHops` derives. Throws INVALID when
 * `shownHops` differ from them (the editor would save a chain they did not see), or when the span
 * no longer matches the body (anchorQuotedSpan).
 */
export async function acceptSuggestion(
  db: Db,
  actorId: string,
  articleId: string,
  draft: ClaimDraft,
  shownHops: DraftHop[],
): Promise<{ id: string; version: number }> {
  if (!sameHops(listDraftHops(draft), shownHops)) {
    throw new AppError(
      "INVALID",
      "the chain shown is not the chain this suggestion would save; reload the suggestions and check the chain again",
    );
  }
  return db.$transaction(async (tx) => {
    const article = await readClaimArticle(tx, articleId);
    const anchor = anchorQuotedSpan(article.body, draft.start, draft.end, draft.text);
    const plan = planDraftClaim(draft, anchor);
    const sources = await findPlannedSources(tx, article.workspaceId, plan.sources);
    const rows = plannedClaimRows(articleId, [plan.claim], sources.idOf);
    // Written with its author (accepting is a sourcing change), where recordAudit would update it after,
    // and anchored in the article's current version.
    const claim = { ...rows.claims[0]!, lastSourcingEditorId: actorId, anchorVersion: article.version };
    // The new sources, the claim, its hops, named sources and audit record in one statement.
    await insertTogether(tx, [
      ...(sources.rows.length > 0 ? [sourceRowsInsert(sources.rows)] : []),
      ...claimRowsInserts({ ...rows, claims: [claim] }),
      auditInsert([
        {
          workspaceId: article.workspaceId,
          actorId,
          action: "claim.accept_suggestion",
          entityType: "claim",
          entityId: claim.id,
          after: { ...draft, hops: shownHops, sourcesCreated: sources.created },
        },
      ]),
    ]);
    return { id: claim.id, version: 1 };
  });
}
