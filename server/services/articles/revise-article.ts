// A new version of an article's body: the version is kept, and every claim is re-anchored in
// the same transaction (lib/claims/reanchor-claim.ts). Claims whose words changed are flagged
// NEEDS_REVIEW with the words they had; none is dropped.
import type { RevisionResult } from "@/lib/articles/revision-schemas";
import { mapOffsets } from "@/lib/claims/map-offsets";
import { reanchorClaim } from "@/lib/claims/reanchor-claim";
import { AppError } from "@/lib/errors";
import type { Db } from "@/server/database/open-database";
import { recordAudit } from "../audit/record-audit";
import { reopenReviewIfRequired } from "../editing/claim-version";
import { articleBodyFrom } from "../editing/create-article";

export type Revision = {
  articleId: string;
  content: string;
  contentType: "text" | "markdown" | "html";
  title?: string;
  note?: string;
  expectedVersion?: number;
};

export async function reviseArticle(db: Db, actorId: string | null, revision: Revision): Promise<RevisionResult> {
  const newBody = articleBodyFrom(revision.content, revision.contentType);
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: revision.articleId },
      select: {
        id: true,
        slug: true,
        title: true,
        body: true,
        version: true,
        workspaceId: true,
        versions: { select: { version: true } },
      },
    });
    if (!article) throw new AppError("NOT_FOUND", `no article ${revision.articleId}`);
    if (revision.expectedVersion !== undefined && revision.expectedVersion !== article.version) {
      throw new AppError(
        "CONFLICT",
        `the article is at version ${article.version}, not ${revision.expectedVersion}: someone revised it meanwhile; reload and revise again`,
      );
    }
    const claims = await tx.claim.findMany({
      where: { articleId: article.id },
      orderBy: { startOffset: "asc" },
      select: {
        id: true,
        startOffset: true,
        endOffset: true,
        exact: true,
        prefix: true,
        suffix: true,
        anchorState: true,
        previousExact: true,
      },
    });
    const title = revision.title ?? article.title;
    const version = article.version + 1;
    if (!article.versions.some((row) => row.version === article.version)) {
      // Articles from before versions were kept get their current body recorded first.
      await tx.articleVersion.create({
        data: { articleId: article.id, version: article.version, title: article.title, body: article.body },
      });
    }
    await tx.articleVersion.create({
      data: { articleId: article.id, version, title, body: newBody, note: revision.note ?? null, createdById: actorId },
    });
    await tx.article.update({ where: { id: article.id }, data: { body: newBody, title, version } });

    const map = mapOffsets(article.body, newBody);
    const results: RevisionResult["claims"] = [];
    for (const claim of claims) {
      const result = reanchorClaim(
        {
          start: claim.startOffset,
          end: claim.endOffset,
          exact: claim.exact,
          prefix: claim.prefix,
          suffix: claim.suffix,
        },
        newBody,
        map,
      );
      const flagged = result.status === "needs_review";
      const annotated = flagged ? (claim.previousExact ?? claim.exact) : claim.exact;
      await tx.claim.update({
        where: { id: claim.id },
        data: {
          startOffset: result.start,
          endOffset: result.end,
          exact: result.text,
          prefix: result.prefix,
          suffix: result.suffix,
          anchorVersion: version,
          version: { increment: 1 },
          ...(flagged ? { anchorState: "NEEDS_REVIEW", previousExact: annotated } : {}),
        },
      });
      results.push({
        id: claim.id,
        quote: annotated,
        status: result.status,
        start: result.start,
        end: result.end,
        text: result.text,
      });
    }
    // The text under these claims changed: where a second review is required, readers see them
    // again only after one.
    await reopenReviewIfRequired(
      tx,
      results.filter((claim) => claim.status === "needs_review").map((claim) => claim.id),
    );
    await recordAudit(tx, {
      workspaceId: article.workspaceId,
      actorId,
      action: "article.revise",
      entityType: "article",
      entityId: article.id,
      before: { version: article.version, bodyLength: article.body.length },
      after: {
        version,
        bodyLength: newBody.length,
        note: revision.note ?? null,
        claims: results.map(({ id, status }) => ({ id, status })),
      },
    });
    return { article: { id: article.id, slug: article.slug, title, version }, claims: results };
  });
}
