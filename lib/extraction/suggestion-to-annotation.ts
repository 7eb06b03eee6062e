// Bridges suggestions to annotations: an accepted suggestion becomes an annotated claim (so it
// is planned, anchored and chained exactly like an imported one), and suggestions that repeat
// a claim the article already has are left out.
import type { AnnotatedClaim, SourceHint } from "../annotation/annotation-file";
import type { SuggestedClaim } from "./suggested-claim";

const ANNOTATION_KIND = {
  direct_quote: "direct_quote",
  paraphrase: "paraphrase",
  unattributed_fact: "unattributed_fact",
} as const;

export function suggestionToAnnotation(suggestion: SuggestedClaim): { claim: AnnotatedClaim; hints: SourceHint[] } {
  const chain = suggestion.speaker ? suggestion.chain : ["this article"];
  return {
    claim: {
      quote_or_paraphrase: suggestion.text,
      kind: ANNOTATION_KIND[suggestion.kind],
      speaker: suggestion.speaker,
      chain,
      cue: suggestion.cue,
      indirect: suggestion.indirect,
      sources_named: suggestion.sources.filter((name) => chain.includes(name) || name !== suggestion.speaker),
      primary_evidence: "unknown",
      status: "asserted",
      stance: "asserts",
    },
    hints: suggestion.sources
      .filter((name) => name !== suggestion.speaker)
      .map((name) => ({ name, type: "OUTLET" as const })),
  };
}

/** Suggestions that do not overlap an existing claim by half of the shorter span or more. */
export function withoutAnnotated(
  suggestions: SuggestedClaim[],
  claims: ReadonlyArray<{ start: number; end: number }>,
): SuggestedClaim[] {
  return suggestions.filter(
    (suggestion) =>
      !claims.some((claim) => {
        const overlap = Math.min(claim.end, suggestion.end) - Math.max(claim.start, suggestion.start);
        return overlap > 0 && overlap >= Math.min(claim.end - claim.start, suggestion.end - suggestion.start) / 2;
      }),
  );
}
