// The JSON-LD a claim's own page embeds: one ClaimReview where the newsroom set a verdict, one
// schema.org Claim otherwise, built by the same mappers and formatter as the export so that the
// page and the download agree. The article page embeds none: one review per page.

import type { ArticleMeta } from "../articles/schemas";
import { buildClaimJsonLd, toJsonLdScript } from "../export/format-claim-review";
import { toReportArticle, toReportClaim } from "../export/report-from-sourcing";
import type { SourcingReport } from "../export/sourcing-report";
import type { ClaimSourcing } from "../sourcing/schemas";

const DEFAULT_REVIEWER = "Claimtrail";

/** The reviewing organisation is the article's publisher (the workspace name is not public here). */
export function buildClaimPageReport(claim: ClaimSourcing, article: ArticleMeta, baseUrl: string): SourcingReport {
  const links = { baseUrl };
  const reportArticle = toReportArticle(article, links);
  return {
    generatedAt: new Date(0).toISOString(),
    workspace: { name: article.publisher ?? DEFAULT_REVIEWER, slug: "claimtrail", url: null },
    scope: { kind: "selection", label: article.title },
    articles: [reportArticle],
    sources: [],
    claims: [toReportClaim(claim, reportArticle, links)],
  };
}

/** The text of the claim page's <script type="application/ld+json">, safe to embed. */
export function toClaimPageJsonLd(claim: ClaimSourcing, article: ArticleMeta, baseUrl: string): string {
  return toJsonLdScript(buildClaimJsonLd(buildClaimPageReport(claim, article, baseUrl)));
}
