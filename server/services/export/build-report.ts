// Assembles the export report for an article, a selection of claims or a whole workspace,
// from the same sourcing reads as the pages (readers see only what they may read).
import { parseArticleRef } from "@/lib/articles/parse-article-ref";
import { AppError } from "@/lib/errors";
import type { ExportScope } from "@/lib/export/export-request";
import { type PublicLinks, toReportArticle, toReportClaim, toReportSource } from "@/lib/export/report-from-sourcing";
import type { ReportArticle, SourcingReport } from "@/lib/export/sourcing-report";
import type { Db } from "@/server/database/open-database";
import type { Reader } from "../articles/find-article";
import { type BatchedClaimRow, readClaimBatches } from "../sourcing/claim-batches";
import { sourcesOf } from "../sourcing/claim-sourcing-select";
import { getArticleSourcing } from "../sourcing/get-article-sourcing";
import { readableArticles, readableClaims } from "../sourcing/readable-articles";
import { toClaimSourcing } from "../sourcing/to-claim-sourcing";

export async function buildReport(
  db: Db,
  scope: ExportScope,
  reader: Reader,
  links: PublicLinks,
): Promise<SourcingReport> {
  return withCaptureTimes(db, await readReport(db, scope, reader, links));
}

const CAPTURE_QUERY_SLICE = 10_000;

/**
 * Each hop's latest recorded capture time, for its evidence's access date in citations. Captures
 * whose time was not recorded give none (one query per 10,000 hops).
 */
export async function withCaptureTimes(db: Db, report: SourcingReport): Promise<SourcingReport> {
  const hopIds = report.claims.flatMap((claim) => claim.hops.map((hop) => hop.id));
  const latest = new Map<string, string>();
  // In slices: PostgreSQL takes at most 65,535 parameters in one statement.
  for (let start = 0; start < hopIds.length; start += CAPTURE_QUERY_SLICE) {
    const captures = await db.archiveSnapshot.findMany({
      where: { hopId: { in: hopIds.slice(start, start + CAPTURE_QUERY_SLICE) }, capturedAt: { not: null } },
      select: { hopId: true, capturedAt: true },
    });
    for (const capture of captures) {
      const time = capture.capturedAt!.toISOString();
      if (capture.hopId && time > (latest.get(capture.hopId) ?? "")) latest.set(capture.hopId, time);
    }
  }
  for (const claim of report.claims) for (const hop of claim.hops) hop.evidenceCapturedAt = latest.get(hop.id) ?? null;
  return report;
}

async function readReport(db: Db, scope: ExportScope, reader: Reader, links: PublicLinks): Promise<SourcingReport> {
  if (scope.kind === "article") {
    const sourcing = await getArticleSourcing(db, parseArticleRef(scope.article), reader);
    const article = toReportArticle(sourcing.article, links);
    return {
      generatedAt: new Date().toISOString(),
      workspace: await workspaceHeader(db, sourcing.article.workspaceId),
      scope: { kind: "article", label: sourcing.article.title },
      articles: [article],
      sources: sourcing.sources.map(toReportSource),
      claims: sourcing.claims.map((claim) => toReportClaim(claim, article, links)),
    };
  }

  const where =
    scope.kind === "selection"
      ? { id: { in: scope.claimIds }, article: readableArticles(reader), AND: [readableClaims(reader)] }
      : {
          article: { AND: [{ workspace: { slug: scope.workspace } }, readableArticles(reader)] },
          AND: [readableClaims(reader)],
        };
  const rows: BatchedClaimRow[] = [];
  for await (const batch of readClaimBatches(db, where)) rows.push(...batch);
  rows.sort((a, b) => a.articleId.localeCompare(b.articleId) || a.startOffset - b.startOffset);
  if (scope.kind === "selection") {
    const found = new Set(rows.map((row) => row.id));
    const missing = scope.claimIds.filter((id) => !found.has(id));
    if (missing.length)
      throw new AppError(
        "NOT_FOUND",
        `no claim ${missing.join(", ")}; it may have been deleted, not be published yet, or belong to a draft you cannot read`,
      );
  }
  const workspaceIds = new Set(rows.map((row) => row.article.workspaceId));
  if (workspaceIds.size > 1)
    throw new AppError(
      "INVALID",
      "the selected claims belong to different workspaces; export each workspace's claims separately",
    );
  // A workspace with nothing the reader may read answers as an unknown one: its name stays private.
  if (scope.kind === "workspace" && rows.length === 0)
    throw new AppError(
      "NOT_FOUND",
      `no workspace ${scope.workspace} with claims you can read; check the address, or sign in`,
    );
  const workspaceId = [...workspaceIds][0];
  if (!workspaceId) throw new AppError("INVALID", "select at least one claim");

  const articles = new Map<string, ReportArticle>();
  for (const row of rows) {
    if (!articles.has(row.article.id)) {
      articles.set(
        row.article.id,
        toReportArticle({ ...row.article, publishedAt: row.article.publishedAt?.toISOString() ?? null }, links),
      );
    }
  }
  const header = await workspaceHeader(db, workspaceId);
  return {
    generatedAt: new Date().toISOString(),
    workspace: header,
    scope:
      scope.kind === "selection"
        ? { kind: "selection", label: `${rows.length} selected claims` }
        : { kind: "workspace", label: header.name },
    articles: [...articles.values()],
    sources: sourcesOf(rows).map(toReportSource),
    claims: rows.map((row) => toReportClaim(toClaimSourcing(row), articles.get(row.article.id)!, links)),
  };
}

export async function workspaceHeader(db: Db, workspaceId: string) {
  const workspace = await db.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { name: true, slug: true },
  });
  return { name: workspace.name, slug: workspace.slug, url: null };
}
