// CSV with one row per claim and its derived fields, for spreadsheets. Cells that a spreadsheet
// would run as a formula (=, +, -, @, tab, CR first) are prefixed with a quote by csv-stringify.
import { Readable } from "node:stream";
import { type Options, stringify } from "csv-stringify";
import { stringify as stringifySync } from "csv-stringify/sync";
import { stateClaim } from "../words/claim-statement";
import { judgeSourcing } from "./judgement";
import { describeChains, describeWeakestLink, indexArticles, listChainSourceNames } from "./report-text";
import type { ReportArticle, ReportClaim, SourcingReport } from "./sourcing-report";

export type CsvOptions = {
  /** A UTF-8 byte order mark, so Excel opens accented names correctly. */
  bom?: boolean;
  /** Articles to name in the article columns; claims of other articles show only their id. */
  articles?: readonly ReportArticle[];
};

export const CSV_COLUMNS = [
  "claim_id",
  "article_id",
  "article_title",
  "article_url",
  "quote",
  "kind",
  "status",
  "stance",
  "speaker",
  "statement",
  "cue",
  "directness",
  "hops_to_origin",
  "independent_paths",
  "primary_record",
  "confidence",
  "rating_rule",
  "weakest_link",
  "summary",
  "chain",
  "sources_in_chain",
  "claim_url",
] as const;
type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

function toRow(claim: ReportClaim, articles: Map<string, ReportArticle>): CsvRow {
  const article = articles.get(claim.articleId);
  const provenance = claim.provenance;
  return {
    claim_id: claim.id,
    article_id: claim.articleId,
    article_title: article?.title ?? null,
    article_url: article?.url ?? article?.publicUrl ?? null,
    quote: claim.quote,
    kind: claim.kind,
    status: claim.status,
    stance: claim.stance,
    speaker: claim.speakerName,
    statement: stateClaim(claim).text,
    cue: claim.cue,
    directness: provenance.directness,
    hops_to_origin: provenance.hopsToOrigin,
    independent_paths: provenance.independentPaths,
    primary_record: provenance.primaryRecord,
    confidence: Math.round(provenance.confidence * 1000) / 1000,
    rating_rule: judgeSourcing(provenance).rule,
    weakest_link: describeWeakestLink(claim),
    summary: provenance.summary,
    chain: describeChains(claim).join(" | "),
    sources_in_chain: listChainSourceNames(claim).join("; "),
    claim_url: claim.publicUrl,
  };
}

function csvOptions(options: CsvOptions): Options {
  return {
    header: true,
    columns: [...CSV_COLUMNS],
    bom: options.bom ?? false,
    escape_formulas: true,
    record_delimiter: "windows",
    // RFC 4180: a field holding a line break, a double quote or the delimiter is quoted. With
    // Windows record delimiters csv-stringify quotes "\r\n" but not a bare "\n" or "\r", which a
    // CMS correction's <br> leaves in a quote; readers then split the record in two.
    quoted_match: /[\r\n",]/,
  };
}

export function formatCsv(report: SourcingReport, options: Omit<CsvOptions, "articles"> = {}): string {
  const articles = indexArticles(report.articles);
  return stringifySync(
    report.claims.map((claim) => toRow(claim, articles)),
    csvOptions(options),
  );
}

/** CSV of claims read one at a time: memory stays flat however many claims there are. */
export function streamCsv(
  claims: AsyncIterable<ReportClaim> | Iterable<ReportClaim>,
  options: CsvOptions = {},
): Readable {
  const articles = indexArticles(options.articles ?? []);
  async function* rows() {
    for await (const claim of claims) yield toRow(claim, articles);
  }
  const source = Readable.from(rows());
  const stringifier = stringify(csvOptions(options));
  source.on("error", (error) => stringifier.destroy(error));
  return source.pipe(stringifier);
}
