// The machine-readable sourcing of an article, as `claimtrail sourcing --json` prints it.
import type { ArticleSourcing } from "./schemas";

export function toSourcingJson(sourcing: ArticleSourcing) {
  const { body: _body, ...article } = sourcing.article;
  return {
    article,
    claims: sourcing.claims.map((claim) => ({
      id: claim.id,
      quote: claim.quote,
      start: claim.start,
      end: claim.end,
      kind: claim.kind,
      status: claim.status,
      stance: claim.stance,
      speaker: claim.speaker?.name ?? null,
      directness: claim.provenance.directness,
      hopsToOrigin: claim.provenance.hopsToOrigin,
      independentPaths: claim.provenance.independentPaths,
      primaryRecord: claim.provenance.primaryRecord,
      confidence: claim.provenance.confidence,
      weakestLink: claim.provenance.weakestLink,
      summary: claim.provenance.summary,
    })),
  };
}
