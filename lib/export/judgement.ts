// One documented rule turns a claim's provenance into a 1..5 sourcing rating, shown by name in
// the readable reports and the CSV. It rates how well the claim is sourced, not whether it is
// true, so it never goes into a ClaimReview (whose rating readers take as a verdict on truth).
//
// | rule                     | when                                              | rating |
// |--------------------------|---------------------------------------------------|--------|
// | direct-with-record       | direct, and a primary record is available         | 5      |
// | direct                   | direct, no primary record known                   | 4      |
// | indirect-corroborated    | indirect, ≥ 2 independent paths to the article    | 3      |
// | indirect-uncorroborated  | indirect, a single independent path               | 2      |
// | unattributed             | no source given                                   | 1      |
//
// A confidence below LOW_CONFIDENCE lowers the rating by one (never below 1): a well-shaped chain
// whose links are doubtful should not outrank a plainer one that holds.
import type { ClaimProvenance } from "../provenance/claim-provenance";

const LOW_CONFIDENCE = 0.5;
const WORST_RATING = 1;

type SourcingRule =
  | "direct-with-record"
  | "direct"
  | "indirect-corroborated"
  | "indirect-uncorroborated"
  | "unattributed";

export type SourcingJudgement = {
  rule: SourcingRule;
  /** Short words for readers, e.g. "Indirect: not independently corroborated". */
  label: string;
  ratingValue: number;
  lowConfidence: boolean;
};

const RULES: Record<SourcingRule, { label: string; rating: number }> = {
  "direct-with-record": { label: "Direct: primary record available", rating: 5 },
  direct: { label: "Direct: attributed to the speaker, no primary record", rating: 4 },
  "indirect-corroborated": { label: "Indirect: independently corroborated", rating: 3 },
  "indirect-uncorroborated": { label: "Indirect: not independently corroborated", rating: 2 },
  unattributed: { label: "Unattributed: no source given", rating: 1 },
};

function pickRule(provenance: ClaimProvenance): SourcingRule {
  if (provenance.directness === "unattributed") return "unattributed";
  if (provenance.directness === "direct") {
    return provenance.primaryRecord === "available" ? "direct-with-record" : "direct";
  }
  return provenance.independentPaths >= 2 ? "indirect-corroborated" : "indirect-uncorroborated";
}

export function judgeSourcing(provenance: ClaimProvenance): SourcingJudgement {
  const rule = pickRule(provenance);
  const { label, rating } = RULES[rule];
  const lowConfidence = rule !== "unattributed" && provenance.confidence < LOW_CONFIDENCE;
  return {
    rule,
    label: lowConfidence ? `${label} (low confidence)` : label,
    ratingValue: lowConfidence ? Math.max(WORST_RATING, rating - 1) : rating,
    lowConfidence,
  };
}
