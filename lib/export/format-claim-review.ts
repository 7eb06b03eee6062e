// schema.org ClaimReview JSON-LD, one review per claim. The rating rates the sourcing (see
// judgement.ts), not the truth of the claim; alternateName names the rule in words.
import type { Claim, ClaimReview, NewsArticle, Organization, Person, Rating } from "schema-dts";
import { BEST_RATING, judgeSourcing, WORST_RATING } from "./judgement";
import { indexArticles } from "./report-text";
import type { ReportArticle, ReportClaim, SourcingReport } from "./sourcing-report";

export type ClaimReviewGraph = { "@context": "https://schema.org"; "@graph": ClaimReview[] };

type Agent = Person | Organization;

function describeSpeaker(claim: ReportClaim): Agent | undefined {
  if (!claim.speakerName) return undefined;
  const speaker = claim.graph.sources.find((source) => source.id === claim.graph.speakerId);
  return speaker?.type === "PERSON"
    ? { "@type": "Person", name: claim.speakerName }
    : { "@type": "Organization", name: claim.speakerName };
}

function describeArticle(article: ReportArticle | undefined): NewsArticle | undefined {
  if (!article) return undefined;
  const url = article.url ?? article.publicUrl;
  return {
    "@type": "NewsArticle",
    headline: article.title,
    ...(url ? { url } : {}),
    ...(article.publisher ? { publisher: { "@type": "Organization", name: article.publisher } } : {}),
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    inLanguage: article.language,
  };
}

function rateClaim(claim: ReportClaim): Rating {
  const judgement = judgeSourcing(claim.provenance);
  return {
    "@type": "Rating",
    ratingValue: judgement.ratingValue,
    bestRating: BEST_RATING,
    worstRating: WORST_RATING,
    alternateName: judgement.label,
    ratingExplanation: claim.provenance.summary,
  };
}

function buildClaimReview(report: SourcingReport, claim: ReportClaim, article?: ReportArticle): ClaimReview {
  const author = describeSpeaker(claim);
  const appearance = describeArticle(article ?? report.articles.find((candidate) => candidate.id === claim.articleId));
  const itemReviewed: Claim = {
    "@type": "Claim",
    ...(author ? { author } : {}),
    ...(appearance ? { appearance } : {}),
  };
  const workspaceUrl = report.workspace.url;
  return {
    "@type": "ClaimReview",
    "@id": claim.publicUrl ? `${claim.publicUrl}#claim-review` : `urn:claimtrail:claim-review:${claim.id}`,
    ...(claim.publicUrl ? { url: claim.publicUrl } : {}),
    claimReviewed: claim.quote,
    itemReviewed,
    reviewRating: rateClaim(claim),
    author: { "@type": "Organization", name: report.workspace.name, ...(workspaceUrl ? { url: workspaceUrl } : {}) },
    datePublished: report.generatedAt,
  };
}

/** The JSON-LD document as an object, e.g. to embed in a page with `toJsonLdScript`. */
export function buildClaimReviewGraph(report: SourcingReport): ClaimReviewGraph {
  const articles = indexArticles(report.articles);
  return {
    "@context": "https://schema.org",
    "@graph": report.claims.map((claim) => buildClaimReview(report, claim, articles.get(claim.articleId))),
  };
}

export function formatClaimReview(report: SourcingReport): string {
  return `${JSON.stringify(buildClaimReviewGraph(report), null, 2)}\n`;
}

/** JSON for a <script type="application/ld+json"> element: "</script>" in a quote cannot end it. */
export function toJsonLdScript(document: unknown): string {
  return JSON.stringify(document)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
