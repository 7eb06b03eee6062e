// "Suggest claims": the extractor's first pass over an article, and an editor's accept, which
// creates the claim with its proposed chain. Nothing is created without the accept.
import { planAnnotationImport } from "@/lib/annotation/plan-import";
import { anchorQuotedSpan } from "@/lib/claims/text-anchor";
import type { SuggestedClaim } from "@/lib/extraction/suggested-claim";
import { suggestionToAnnotation } from "@/lib/extraction/suggestion-to-annotation";
import type { Db } from "@/server/database/open-database";
import { runOffThread } from "@/server/workers/cpu-pool";
import { writePlannedClaims, writePlannedSources } from "../articles/import-annotation";
import { recordAudit } from "../audit/record-audit";

/** `within`: only suggestions that overlap these offsets (the words an editor selected). */
export async function suggestClaims(
  db: Db,
  articleId: string,
  within: { start: number; end: number } | null = null,
): Promise<SuggestedClaim[]> {
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
}

export async function acceptSuggestion(
  db: Db,
  actorId: string,
  articleId: string,
  suggestion: SuggestedClaim,
): Promise<{ id: string; version: number }> {
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { body: true, title: true, workspaceId: true },
    });
    const anchor = anchorQuotedSpan(article.body, suggestion.start, suggestion.end, suggestion.text);
    const { claim, hints } = suggestionToAnnotation(suggestion);
    const plan = planAnnotationImport({ title: article.title, claims: [claim] }, article.body, hints);
    const planned = { ...plan.claims[0]!, anchor };
    const sources = await writePlannedSources(tx, article.workspaceId, plan.sources);
    const { claimIds } = await writePlannedClaims(tx, articleId, [planned], sources.idOf);
    const claimId = claimIds[0]!;
    await recordAudit(tx, {
      workspaceId: article.workspaceId,
      actorId,
      action: "claim.accept_suggestion",
      entityType: "claim",
      entityId: claimId,
      after: { ...suggestion, sourcesCreated: sources.created },
    });
    return { id: claimId, version: 1 };
  });
}
