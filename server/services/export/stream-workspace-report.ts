// A whole workspace's report, read article by article: each article's claims (keyset batches,
// claim-batches.ts) become a report of that article alone, which the formats write as one
// section (lib/export/report-sections.ts) before the next article is read. Memory holds one
// article's report, whatever the workspace's size.
import { AppError } from "@/lib/errors";
import { type PublicLinks, toReportArticle, toReportClaim, toReportSource } from "@/lib/export/report-from-sourcing";
import type { ReportHead } from "@/lib/export/report-sections";
import type { SourcingReport } from "@/lib/export/sourcing-report";
import type { Db } from "@/server/database/open-database";
import type { Reader } from "../articles/find-article";
import { articleMetaSelect } from "../articles/select-article";
import { type BatchedClaimRow, readClaimBatches } from "../sourcing/claim-batches";
import { sourcesOf } from "../sourcing/claim-sourcing-select";
import { readableArticles, readableClaims } from "../sourcing/readable-articles";
import { toClaimSourcing } from "../sourcing/to-claim-sourcing";
import { withCaptureTimes, workspaceHeader } from "./build-report";

const ARTICLE_PAGE = 100;

export type WorkspaceReportStream = { head: ReportHead; parts: AsyncIterable<SourcingReport> };

/**
 * The head of a workspace's report (counted before anything is written) and its articles' reports,
 * in article id order, each with its claims in text order; articles without a claim the reader
 * may read are left out. `onProgress(done, total)` after each article, in claims.
 * @throws AppError NOT_FOUND when the reader may read no claim of the workspace (its name stays private).
 */
export async function streamWorkspaceReport(
  db: Db,
  workspaceSlug: string,
  reader: Reader,
  links: PublicLinks,
  onProgress?: (done: number, total: number) => void,
): Promise<WorkspaceReportStream> {
  const claimFilter = readableClaims(reader);
  const articleWhere = { AND: [{ workspace: { slug: workspaceSlug } }, readableArticles(reader)] };
  const claimWhere = { article: articleWhere, AND: [claimFilter] };
  const [claimCount, sourceCount] = await Promise.all([
    db.claim.count({ where: claimWhere }),
    // The sources the claims' chains name: speakers and both ends of every hop (the graph's sources).
    db.source.count({
      where: {
        workspace: { slug: workspaceSlug },
        OR: [
          { spokenClaims: { some: claimWhere } },
          { hopsFrom: { some: { claim: claimWhere } } },
          { hopsTo: { some: { claim: claimWhere } } },
        ],
      },
    }),
  ]);
  if (claimCount === 0)
    throw new AppError(
      "NOT_FOUND",
      `no workspace ${workspaceSlug} with claims you can read; check the address, or sign in`,
    );

  const { id: workspaceId } = await db.workspace.findUniqueOrThrow({
    where: { slug: workspaceSlug },
    select: { id: true },
  });
  const workspace = await workspaceHeader(db, workspaceId);
  const generatedAt = new Date().toISOString();
  const scope = { kind: "workspace" as const, label: workspace.name };

  async function* parts(): AsyncGenerator<SourcingReport> {
    let cursor: string | undefined;
    let done = 0;
    for (;;) {
      const articles = await db.article.findMany({
        where: {
          AND: [articleWhere, { claims: { some: claimFilter } }, ...(cursor ? [{ id: { gt: cursor } }] : [])],
        },
        orderBy: { id: "asc" },
        take: ARTICLE_PAGE,
        select: articleMetaSelect,
      });
      for (const meta of articles) {
        const rows: BatchedClaimRow[] = [];
        for await (const batch of readClaimBatches(db, { articleId: meta.id, AND: [claimFilter] })) rows.push(...batch);
        if (rows.length === 0) continue;
        rows.sort((a, b) => a.startOffset - b.startOffset);
        const article = toReportArticle({ ...meta, publishedAt: meta.publishedAt?.toISOString() ?? null }, links);
        const part = await withCaptureTimes(db, {
          generatedAt,
          workspace,
          scope,
          articles: [article],
          sources: sourcesOf(rows).map(toReportSource),
          claims: rows.map((row) => toReportClaim(toClaimSourcing(row), article, links)),
        });
        done += rows.length;
        // The database rows are copied into the part: let them go while the part is written.
        rows.length = 0;
        onProgress?.(done, claimCount);
        yield part;
      }
      if (articles.length < ARTICLE_PAGE) return;
      cursor = articles.at(-1)!.id;
    }
  }

  // The document's language is its first article's: read it before the head is written.
  const iterator = parts();
  const first = await iterator.next();
  if (first.done) throw new AppError("NOT_FOUND", `no workspace ${workspaceSlug} with claims you can read`);
  async function* all(): AsyncGenerator<SourcingReport> {
    yield first.value as SourcingReport;
    yield* iterator;
  }
  return {
    head: {
      generatedAt,
      workspace,
      scope,
      claimCount,
      sourceCount,
      language: first.value.articles[0]?.language ?? "en",
    },
    parts: all(),
  };
}
