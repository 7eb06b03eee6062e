// Reads a workspace's claims in keyset-paginated batches, so exporting 100k claims keeps memory
// flat: each batch is analysed, handed on, and dropped.
import type { PublicLinks } from "@/lib/export/report-from-sourcing";
import { toReportArticle, toReportClaim } from "@/lib/export/report-from-sourcing";
import type { ReportArticle, ReportClaim } from "@/lib/export/sourcing-report";
import type { Db } from "@/server/database/open-database";
import type { Reader } from "../articles/find-article";
import { articleMetaSelect } from "../articles/select-article";
import { readClaimBatches } from "../sourcing/claim-batches";
import { readableArticles, readableClaims } from "../sourcing/readable-articles";
import { toClaimSourcing } from "../sourcing/to-claim-sourcing";

export type WorkspaceClaimStream = {
  total: number;
  articles: ReportArticle[];
  claims: AsyncIterable<ReportClaim>;
};

export async function streamWorkspaceClaims(
  db: Db,
  workspaceSlug: string,
  reader: Reader,
  links: PublicLinks,
  onProgress?: (done: number, total: number) => void,
): Promise<WorkspaceClaimStream> {
  const articleWhere = { AND: [{ workspace: { slug: workspaceSlug } }, readableArticles(reader)] };
  const claimWhere = { article: articleWhere, AND: [readableClaims(reader)] };
  const [total, articleRows] = await Promise.all([
    db.claim.count({ where: claimWhere }),
    db.article.findMany({ where: articleWhere, select: articleMetaSelect }),
  ]);
  const articles = articleRows.map((row) =>
    toReportArticle({ ...row, publishedAt: row.publishedAt?.toISOString() ?? null }, links),
  );
  const byId = new Map(articles.map((article) => [article.id, article]));

  async function* claims(): AsyncGenerator<ReportClaim> {
    let done = 0;
    for await (const rows of readClaimBatches(db, claimWhere)) {
      for (const row of rows) yield toReportClaim(toClaimSourcing(row), byId.get(row.articleId)!, links);
      done += rows.length;
      onProgress?.(done, total);
    }
  }
  return { total, articles, claims: claims() };
}
