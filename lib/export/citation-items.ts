// What the citation formats (CSL-JSON, BibTeX, RIS) cite: each article the report traces, then
// the works its claims rely on (csl-items.ts). The article is an item of its own so a
// bibliography names the piece whose sourcing it lists (issue 11); nothing is dated but from a
// recorded date (the article's publication), never the export's time.
import { joinNames } from "../words/phrasing";
import { buildCslItems, type CslItem, foldToKey } from "./csl-items";
import type { SectionPlace } from "./report-sections";
import { toIsoDate } from "./report-text";
import type { ReportArticle, SourcingReport } from "./sourcing-report";

const FIRST_SECTION: SectionPlace = { index: 0, firstClaimNumber: 1, manyArticles: false };

function citeArticle(article: ReportArticle, claimNumbers: number[]): CslItem {
  const date = toIsoDate(article.publishedAt);
  const item: CslItem = {
    id: article.id,
    "citation-key": foldToKey(article.publisher ?? article.title) + (date?.slice(0, 4) ?? ""),
    type: "article-newspaper",
    title: article.title,
  };
  if (article.publisher) {
    item["container-title"] = article.publisher;
    item.publisher = article.publisher;
  }
  if (date) {
    const [year, month, day] = date.split("-").map(Number) as [number, number, number];
    item.issued = { "date-parts": [[year, month, day]] };
  }
  const url = article.url ?? article.publicUrl;
  if (url) item.URL = url;
  item.note =
    claimNumbers.length === 0
      ? "The article traced."
      : `The article traced: ${claimNumbers.length === 1 ? "claim" : "claims"} ${joinNames(claimNumbers.map(String))}.`;
  return item;
}

/**
 * The report's articles (with the numbers of their claims), then the works relied on; citation
 * keys and ids unique within the report. In a document of several articles each article is a
 * section of its own (report-sections.ts): a work relied on by claims of two articles is an item
 * in each, whose note names that article and its claims. Keys and ids of the n-th section (n ≥ 2)
 * end in "_n", which no key of another section can (keys are letters and digits), so they are
 * unique across the file without remembering every key written before.
 */
export function buildCitationItems(report: SourcingReport, place: SectionPlace = FIRST_SECTION): CslItem[] {
  const first = place.firstClaimNumber;
  const articles = report.articles.map((article) =>
    citeArticle(
      article,
      report.claims.flatMap((claim, index) => (claim.articleId === article.id ? [first + index] : [])),
    ),
  );
  const articleTitle = place.manyArticles && report.articles.length === 1 ? report.articles[0]!.title : null;
  const items = [...articles, ...buildCslItems(report, { firstClaimNumber: first, articleTitle })];
  const seen = new Map<string, number>();
  const section = place.index === 0 ? "" : `_${place.index + 1}`;
  return items.map((item) => {
    const count = seen.get(item["citation-key"]) ?? 0;
    seen.set(item["citation-key"], count + 1);
    // BibTeX keys take letters and digits only: a repeated key gets b, c, … like biber's.
    const key =
      count === 0
        ? item["citation-key"]
        : `${item["citation-key"]}${String.fromCharCode(97 + Math.min(count, 25))}${count > 25 ? count : ""}`;
    return { ...item, id: item.id + section, "citation-key": key + section };
  });
}
