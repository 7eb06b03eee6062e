// schema.org JSON-LD of claims. Fact-check readers take a ClaimReview's rating as a verdict on
// the claim's truth, and Claimtrail measures sourcing, not truth: so a ClaimReview is written
// only where the newsroom set a verdict (a status other than "asserted"), its rating names that
// verdict and its explanation is the sourcing summary. A claim without a verdict is a schema.org
// Claim with its author, where it appeared and its sourcing in words, and no rating.
import type { Claim, ClaimReview, CreativeWork, Organization, Person } from "schema-dts";
import type { ClaimStatus } from "../vocabulary";
import { stateClaim } from "../words/claim-statement";
import { CLAIM_STATUS_WORDS } from "../words/display-words";
import { capitalize } from "../words/phrasing";
import { closeJsonArray, writeJsonItems } from "./json-pieces";
import { formatInSections, type SectionedFormat } from "./report-sections";
import { indexArticles } from "./report-text";
import type { ReportArticle, ReportClaim, SourcingReport } from "./sourcing-report";
import { qualifySourcingFigures } from "./verdict-against";

type ClaimNode = Exclude<Claim, string>;
type ClaimReviewNode = Exclude<ClaimReview, string>;
export type ClaimJsonLd = { "@context": "https://schema.org"; "@graph": Array<ClaimReviewNode | ClaimNode> };

/** Statuses the newsroom sets as a verdict; "asserted" records no verdict. */
function hasVerdict(status: ClaimStatus): boolean {
  return status !== "ASSERTED";
}

function describeAgent(name: string, type: string | undefined): Person | Organization {
  // A type nobody recorded is neither stated as a person nor as an organisation: an untyped
  // node (JSON-LD allows it; schema-dts types every node, hence the cast).
  if (type === undefined || type === "UNKNOWN") return { name } as unknown as Person;
  return type === "PERSON" ? { "@type": "Person", name } : { "@type": "Organization", name };
}

function describeArticle(article: ReportArticle | undefined): CreativeWork | undefined {
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

/** The outlets whose reports carry the claim on a route that still counts, with the report's address where recorded. */
function describeOutletReports(claim: ReportClaim): CreativeWork[] {
  const details = new Map(claim.hops.map((hop) => [hop.id, hop]));
  const reports = new Map<string, CreativeWork>();
  for (const hop of claim.graph.hops) {
    const outlet = claim.graph.sources.find((source) => source.id === hop.from);
    if (outlet?.type !== "OUTLET" || outlet.standing === "RETRACTED" || hop.standing === "RETRACTED") continue;
    const url = details.get(hop.id)?.evidenceUrl;
    if (reports.has(outlet.id) && !url) continue;
    reports.set(outlet.id, {
      "@type": "CreativeWork",
      publisher: { "@type": "Organization", name: outlet.name },
      ...(url ? { url } : {}),
    });
  }
  return [...reports.values()];
}

function describeClaim(claim: ReportClaim, article: ReportArticle | undefined): ClaimNode {
  const speaker = claim.graph.sources.find((source) => source.id === claim.graph.speakerId);
  const appearance = [describeArticle(article), ...describeOutletReports(claim)].filter(
    (work): work is CreativeWork => work !== undefined,
  );
  return {
    "@type": "Claim",
    "@id": claim.publicUrl ? `${claim.publicUrl}#claim` : `urn:claimtrail:claim:${encodeURIComponent(claim.id)}`,
    ...(claim.publicUrl ? { url: claim.publicUrl } : {}),
    text: stateClaim(claim).text,
    ...(claim.speakerName ? { author: describeAgent(claim.speakerName, speaker?.type) } : {}),
    ...(appearance.length > 0 ? { appearance } : {}),
    description: claim.provenance.summary,
  };
}

function reviewClaim(reviewer: SourcingReport["workspace"], claim: ReportClaim, item: ClaimNode): ClaimReviewNode {
  return {
    "@type": "ClaimReview",
    "@id": claim.publicUrl
      ? `${claim.publicUrl}#review`
      : `urn:claimtrail:claim-review:${encodeURIComponent(claim.id)}`,
    ...(claim.publicUrl ? { url: claim.publicUrl } : {}),
    claimReviewed: stateClaim(claim).text,
    itemReviewed: item,
    reviewRating: {
      "@type": "Rating",
      alternateName: capitalize(CLAIM_STATUS_WORDS[claim.status]),
      // A denial's sourcing says how the words reached the article, never support for them.
      ratingExplanation: [qualifySourcingFigures(claim.status), claim.provenance.summary].filter(Boolean).join(" "),
    },
    author: { "@type": "Organization", name: reviewer.name, ...(reviewer.url ? { url: reviewer.url } : {}) },
    // When the newsroom published this verdict; never the time of the export.
    ...(claim.publishedAt ? { datePublished: claim.publishedAt } : {}),
  };
}

/** One ClaimReview or Claim per claim of the report, in its order. */
function describeClaims(report: Pick<SourcingReport, "articles" | "claims" | "workspace">) {
  const articles = indexArticles(report.articles);
  return report.claims.map((claim) => {
    const item = describeClaim(claim, articles.get(claim.articleId));
    return hasVerdict(claim.status) ? reviewClaim(report.workspace, claim, item) : item;
  });
}

/** The JSON-LD document as an object: one ClaimReview or Claim per claim. */
export function buildClaimJsonLd(report: SourcingReport): ClaimJsonLd {
  return { "@context": "https://schema.org", "@graph": describeClaims(report) };
}

/** The document's @graph written article by article; the same bytes as the document built whole. */
export const CLAIM_REVIEW_SECTIONS: SectionedFormat = {
  open: () => '{\n  "@context": "https://schema.org",\n  "@graph": [',
  section: (part) => writeJsonItems(describeClaims(part), 1),
  separator: ",",
  close: (_head, wroteAny) => `${closeJsonArray(1, wroteAny)}\n}\n`,
};

export function formatClaimReview(report: SourcingReport): string {
  return formatInSections(CLAIM_REVIEW_SECTIONS, report);
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
