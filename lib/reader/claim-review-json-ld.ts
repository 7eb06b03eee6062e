// The schema.org ClaimReview JSON-LD an article page embeds, built with the same mappers and
// formatter as the ClaimReview export so that the page and the download agree.
import { buildClaimReviewGraph, toJsonLdScript } from "../export/format-claim-review";
import { toReportArticle, toReportClaim, toReportSource } from "../export/report-from-sourcing";
import type { SourcingReport } from "../export/sourcing-report";
import type { ArticleSourcing } from "../sourcing/schemas";

const DEFAULT_REVIEWER = "Claimtrail";

export type JsonLdOptions = {
  /** The public address of the app, for claim URLs; null when unknown. */
  baseUrl: string | null;
  /** ISO date-time used as the review date when the article has no publication date. */
  now: string;
};

/** The reviewing organisation is the article's publisher (the workspace name is not public here). */
export function buildArticleClaimReviews(sourcing: ArticleSourcing, options: JsonLdOptions): SourcingReport {
  const article = toReportArticle(sourcing.article, { baseUrl: options.baseUrl });
  return {
    generatedAt: sourcing.article.publishedAt ?? options.now,
    workspace: { name: sourcing.article.publisher ?? DEFAULT_REVIEWER, slug: "claimtrail", url: null },
    scope: { kind: "article", label: sourcing.article.title },
    articles: [article],
    sources: sourcing.sources.map(toReportSource),
    claims: sourcing.claims.map((claim) => toReportClaim(claim, article)),
  };
}

/** The text of the page's <script type="application/ld+json">, safe to embed. */
export function toClaimReviewScript(sourcing: ArticleSourcing, options: JsonLdOptions): string {
  return toJsonLdScript(buildClaimReviewGraph(buildArticleClaimReviews(sourcing, options)));
}
