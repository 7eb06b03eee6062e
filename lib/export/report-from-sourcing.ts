// Maps what the sourcing procedures return onto the export report's plain shape.
import type { ArticleMeta } from "../articles/schemas";
import type { ClaimSourcing, SourceDetail } from "../sourcing/schemas";
import type { ReportArticle, ReportClaim, ReportSource } from "./sourcing-report";

/** Public links: the article's page and each claim's own page, under the app's public base URL. */
export type PublicLinks = { baseUrl: string | null };

export function toReportArticle(article: ArticleMeta, links: PublicLinks): ReportArticle {
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    publisher: article.publisher,
    url: article.url,
    publishedAt: article.publishedAt,
    language: article.language,
    publicUrl: links.baseUrl && article.status === "PUBLISHED" ? `${links.baseUrl}/articles/${article.slug}` : null,
  };
}

export function toReportClaim(claim: ClaimSourcing, article: ReportArticle, links: PublicLinks): ReportClaim {
  return {
    id: claim.id,
    articleId: claim.articleId,
    quote: claim.quote,
    kind: claim.kind,
    status: claim.status,
    stance: claim.stance,
    publishedAt: claim.publishedAt,
    speakerName: claim.speaker?.name ?? null,
    cue: claim.cue,
    // A claim's page is public when its article is; its address carries no fragment, so IRIs
    // built from it ("…#review") stay valid.
    publicUrl: article.publicUrl && links.baseUrl ? `${links.baseUrl}/claims/${claim.id}` : null,
    graph: claim.graph,
    hops: claim.hops.map((hop) => ({
      id: hop.id,
      fromName: hop.from.name,
      toName: hop.to?.name ?? null,
      relation: hop.relation,
      firstHand: hop.firstHand,
      confidence: hop.confidence,
      evidenceUrl: hop.evidenceUrl,
      evidenceArchiveUrl: hop.evidenceArchiveUrl,
      evidenceQuote: hop.evidenceQuote,
      evidenceNote: hop.evidenceNote,
      occurredAt: hop.occurredAt,
    })),
    provenance: claim.provenance,
  };
}

export function toReportSource(source: SourceDetail): ReportSource {
  return {
    id: source.id,
    name: source.name,
    type: source.type,
    url: source.url,
    notes: source.publicNote,
    standing: source.standing,
  };
}
