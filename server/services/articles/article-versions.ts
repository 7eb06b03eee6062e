// An article's kept versions, newest first, and an editor's decision on a claim flagged after
// an edit: accept the words now in its place, or re-select the span.
import { anchorQuotedSpan } from "@/lib/claims/text-anchor";
import { AppError } from "@/lib/errors";
import type { Db } from "@/server/database/open-database";
import { recordAudit } from "../audit/record-audit";
import { bumpClaimVersion } from "../editing/claim-version";

export async function listArticleVersions(db: Db, articleId: string) {
  const versions = await db.articleVersion.findMany({
    where: { articleId },
    orderBy: { version: "desc" },
    select: {
      version: true,
      title: true,
      body: true,
      note: true,
      createdAt: true,
      createdBy: { select: { name: true } },
    },
  });
  return versions.map(({ createdAt, createdBy, ...version }) => ({
    ...version,
    at: createdAt.toISOString(),
    by: createdBy?.name ?? "system",
  }));
}

export async function resolveAnchor(
  db: Db,
  actorId: string,
  input: { claimId: string; version: number; span?: { start: number; end: number; exact: string } },
) {
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: input.claimId },
      select: {
        startOffset: true,
        endOffset: true,
        exact: true,
        previousExact: true,
        anchorState: true,
        article: { select: { body: true, workspaceId: true } },
      },
    });
    if (!claim) throw new AppError("NOT_FOUND", `no claim ${input.claimId}`);
    if (claim.anchorState !== "NEEDS_REVIEW" && !input.span)
      throw new AppError("INVALID", "this claim is anchored already; select new words to move it");
    const version = await bumpClaimVersion(tx, input.claimId, input.version);
    const anchor = input.span
      ? anchorQuotedSpan(claim.article.body, input.span.start, input.span.end, input.span.exact)
      : anchorQuotedSpan(claim.article.body, claim.startOffset, claim.endOffset, claim.exact);
    await tx.claim.update({
      where: { id: input.claimId },
      data: {
        startOffset: anchor.start,
        endOffset: anchor.end,
        exact: anchor.exact,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        anchorState: "ANCHORED",
        previousExact: null,
      },
    });
    await recordAudit(tx, {
      workspaceId: claim.article.workspaceId,
      actorId,
      action: "claim.reanchor",
      entityType: "claim",
      entityId: input.claimId,
      before: {
        start: claim.startOffset,
        end: claim.endOffset,
        exact: claim.exact,
        previousExact: claim.previousExact,
      },
      after: { start: anchor.start, end: anchor.end, exact: anchor.exact },
    });
    return { id: input.claimId, version };
  });
}
