// The figures of one claim before and after a source's correction or retraction, as the impact
// preview shows them beside the claim: what changes reads "before → after", what stays is shown once.
import type { ClaimImpact } from "../provenance/assess-impact";
import { DIRECTNESS_WORDS } from "../words/display-words";
import { formatPercent } from "../words/phrasing";

/** "confidence 68% → 0%, independent paths 1 → 0, indirect" for one claim's impact. */
export function describeImpactFigures({ before, after }: Pick<ClaimImpact, "before" | "after">): string {
  const figure = (name: string, then: string, now: string) => `${name} ${then === now ? now : `${then} → ${now}`}`;
  return [
    figure("confidence", formatPercent(before.confidence), formatPercent(after.confidence)),
    figure("independent paths", String(before.independentPaths), String(after.independentPaths)),
    before.directness === after.directness
      ? DIRECTNESS_WORDS[after.directness]
      : `${DIRECTNESS_WORDS[before.directness]} → ${DIRECTNESS_WORDS[after.directness]}`,
  ].join(", ");
}
