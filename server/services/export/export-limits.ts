// How large an export is built in memory (issue 13: the HTML report of 100k claims took 1.14 GB,
// its PDF crashed after 67 s). A whole workspace streams in every format but PDF (render-export.ts)
// and has no limit; an article or a selection is built in memory, counted before anything is read,
// and refused past its limit. A PDF cannot stream (chromium prints one whole page), so it keeps
// its limit for every scope. The CLI, run by the operator on their own machine, is held only to
// the PDF limit.
import { parseArticleRef } from "@/lib/articles/parse-article-ref";
import { AppError } from "@/lib/errors";
import type { ExportRequest } from "@/lib/export/export-request";
import { EXPORT_FORMATS } from "@/lib/export/formats";
import type { Db } from "@/server/database/open-database";
import { articleWhere } from "../articles/article-ref";
import type { Reader } from "../articles/find-article";
import { readableArticles, readableClaims } from "../sourcing/readable-articles";

/** Claims of an article or a selection, built in memory (a workspace streams instead). */
export const MAX_REPORT_CLAIMS = 2_000;
/** Claims of a PDF report. */
export const MAX_PDF_CLAIMS = 300;

async function countClaims(db: Db, scope: ExportRequest["scope"], reader: Reader): Promise<number> {
  if (scope.kind === "selection") return scope.claimIds.length;
  const article =
    scope.kind === "article"
      ? { AND: [articleWhere(parseArticleRef(scope.article)), readableArticles(reader)] }
      : { AND: [{ workspace: { slug: scope.workspace } }, readableArticles(reader)] };
  return db.claim.count({ where: { article, AND: [readableClaims(reader)] } });
}

/**
 * Refuses an export over its limit before it is built.
 * @throws AppError TOO_LARGE naming the count, the limit and what to export instead.
 */
export async function refuseOversizedExport(
  db: Db,
  request: ExportRequest,
  reader: Reader,
  options: { uncapped?: boolean },
): Promise<void> {
  const limit = request.format === "pdf" ? MAX_PDF_CLAIMS : options.uncapped ? null : MAX_REPORT_CLAIMS;
  if (limit === null) return;
  const count = await countClaims(db, request.scope, reader);
  if (count <= limit) return;
  const instead =
    request.format === "pdf"
      ? "export fewer claims at a time, or the HTML report (a PDF is printed whole and cannot stream; a whole workspace's HTML streams with no limit)"
      : "export fewer claims at a time, or the whole workspace, which streams with no limit";
  throw new AppError(
    "TOO_LARGE",
    `this export holds ${count.toLocaleString("en-US")} claims; the ${EXPORT_FORMATS[request.format].label} format holds at most ${limit.toLocaleString("en-US")}: ${instead}`,
  );
}
