// A new version of an article's body (the same text and title again is none): the version is
// kept, with what it corrected when readers could already see the article (lib/articles/
// summarize-correction.ts), and every claim is re-anchored (lib/claims/reanchor-claim.ts).
// Claims whose words changed are flagged NEEDS_REVIEW with the words they had; none is dropped.
// Re-anchoring and comparing are CPU work (bounded) done in the CPU pool's threads
// (server/workers/cpu-pool.ts) before any transaction opens; the write is one short transaction
// that first checks nobody changed the article or its claims since they were read, and computes
// again if someone did.
import type { RevisionResult } from "@/lib/articles/revision-schemas";
import type { CorrectionSummary } from "@/lib/articles/summarize-correction";
import type { ReanchorResult } from "@/lib/claims/reanchor-claim";
import { AppError } from "@/lib/errors";
import { stateClaim } from "@/lib/words/claim-statement";
import type { Db } from "@/server/database/open-database";
import { Prisma } from "@/server/database/prisma";
import { runOffThread } from "@/server/workers/cpu-pool";
import { recordAudit } from "../audit/record-audit";
import { reopenReviewIfRequired } from "../editing/claim-version";
import { parseArticleBody } from "../editing/create-article";
import { type ClaimAnchorRow, updateClaimAnchors } from "./claim-anchor-rows";

export type Revision = {
  articleId: string;
  content: string;
  contentType: "text" | "markdown" | "html";
  title?: string;
  note?: string;
  expectedVersion?: number;
};

const CLAIM_SELECT = {
  id: true,
  version: true,
  startOffset: true,
  endOffset: true,
  exact: true,
  prefix: true,
  suffix: true,
  previousExact: true,
  kind: true,
  stance: true,
  speaker: { select: { name: true } },
} satisfies Prisma.ClaimSelect;
type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof CLAIM_SELECT }>;

/** Attempts before a revision that keeps meeting concurrent edits gives up with CONFLICT. */
const ATTEMPTS = 3;

class ReadIsStale extends Error {}

export async function reviseArticle(db: Db, actorId: string | null, revision: Revision): Promise<RevisionResult> {
  const newBody = await parseArticleBody(revision.content, revision.contentType);
  for (let attempt = 1; ; attempt++) {
    const article = await readArticle(db, revision.articleId);
    if (revision.expectedVersion !== undefined && revision.expectedVersion !== article.version) {
      throw new AppError(
        "CONFLICT",
        `the article is at version ${article.version}, not ${revision.expectedVersion}: someone revised it meanwhile; reload and revise again`,
      );
    }
    const claims = await db.claim.findMany({
      where: { articleId: article.id },
      orderBy: [{ startOffset: "asc" }, { id: "asc" }],
      select: CLAIM_SELECT,
    });
    // The same text and title again (a CMS resending, a save without changes) is not a new
    // version: nothing is written and every claim stays where it is.
    if (newBody === article.body && (revision.title ?? article.title) === article.title) {
      return {
        article: { id: article.id, slug: article.slug, title: article.title, version: article.version },
        claims: claims.map((claim) => ({
          id: claim.id,
          quote: claim.exact,
          statement: stateClaimRow(claim, claim.exact),
          status: "unchanged" as const,
          start: claim.startOffset,
          end: claim.endOffset,
          text: claim.exact,
        })),
      };
    }
    const anchors = claims.map((claim) => ({
      start: claim.startOffset,
      end: claim.endOffset,
      exact: claim.exact,
      prefix: claim.prefix,
      suffix: claim.suffix,
    }));
    const reanchored = await runOffThread("reanchorClaims", { oldBody: article.body, newBody, claims: anchors });
    // Readers are told what changed only in an article they could already read.
    const correction =
      article.status === "PUBLISHED"
        ? await runOffThread("summarizeCorrection", {
            before: { body: article.body, title: article.title },
            after: { body: newBody, title: revision.title ?? article.title },
          })
        : null;
    try {
      return await db.$transaction((tx) =>
        writeRevision(tx, actorId, revision, article, { body: newBody, correction }, claims, reanchored),
      );
    } catch (error) {
      if (!(error instanceof ReadIsStale)) throw error;
      if (revision.expectedVersion !== undefined || attempt >= ATTEMPTS) {
        throw new AppError(
          "CONFLICT",
          "the article or its claims changed while this revision was prepared; reload and revise again",
        );
      }
    }
  }
}

async function readArticle(db: Db, articleId: string) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, slug: true, title: true, body: true, version: true, status: true, workspaceId: true },
  });
  if (!article) throw new AppError("NOT_FOUND", `no article ${articleId}`);
  return article;
}

type ArticleRow = Awaited<ReturnType<typeof readArticle>>;

async function writeRevision(
  tx: Prisma.TransactionClient,
  actorId: string | null,
  revision: Revision,
  article: ArticleRow,
  { body: newBody, correction }: { body: string; correction: CorrectionSummary | null },
  claims: ClaimRow[],
  reanchored: ReanchorResult[],
): Promise<RevisionResult> {
  const title = revision.title ?? article.title;
  const version = article.version + 1;
  // The conditional update takes the row lock: a concurrent revision waits, then finds the version moved.
  const updated = await tx.article.updateMany({
    where: { id: article.id, version: article.version },
    data: { body: newBody, title, version },
  });
  if (updated.count !== 1) throw new ReadIsStale();
  const current = await tx.claim.findMany({
    where: { articleId: article.id },
    orderBy: [{ startOffset: "asc" }, { id: "asc" }],
    select: CLAIM_SELECT,
  });
  if (!sameClaims(current, claims)) throw new ReadIsStale();

  if (!(await tx.articleVersion.findFirst({ where: { articleId: article.id, version: article.version } }))) {
    // Articles from before versions were kept get their current body recorded first.
    await tx.articleVersion.create({
      data: { articleId: article.id, version: article.version, title: article.title, body: article.body },
    });
  }
  await tx.articleVersion.create({
    data: {
      articleId: article.id,
      version,
      title,
      body: newBody,
      note: revision.note ?? null,
      correction: correction ?? Prisma.DbNull,
      createdById: actorId,
    },
  });

  const results: RevisionResult["claims"] = [];
  const anchors: ClaimAnchorRow[] = [];
  for (const [index, claim] of claims.entries()) {
    const result = reanchored[index]!;
    const flagged = result.status === "needs_review";
    const annotated = flagged ? (claim.previousExact ?? claim.exact) : claim.exact;
    anchors.push({
      id: claim.id,
      ...pick(result),
      prefix: result.prefix,
      suffix: result.suffix,
      flagged,
      previousExact: annotated,
    });
    results.push({
      id: claim.id,
      quote: annotated,
      statement: stateClaimRow(claim, annotated),
      status: result.status,
      ...pick(result),
    });
  }
  await updateClaimAnchors(tx, anchors, version);
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
}

// The annotated words as their speaker's statement: quotation marks only around a direct quote.
function stateClaimRow(claim: ClaimRow, quote: string): string {
  return stateClaim({ quote, kind: claim.kind, stance: claim.stance, speakerName: claim.speaker?.name ?? null }).text;
}

function pick(result: ReanchorResult) {
  return { start: result.start, end: result.end, text: result.text };
}

function sameClaims(now: ClaimRow[], then: ClaimRow[]): boolean {
  return (
    now.length === then.length &&
    now.every((claim, index) => claim.id === then[index]!.id && claim.version === then[index]!.version)
  );
}
