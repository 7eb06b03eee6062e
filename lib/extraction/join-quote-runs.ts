// A quotation interrupted by its attribution is one statement: "“A,” Barkley said. “B.”" is
// suggested as one direct quote running from the first opening mark to the last closing one,
// the attribution inside it, as the labeller already joins such runs (label-attributions.ts).
import type { SuggestedClaim } from "./suggested-claim.ts";

// The words between two pieces: only the attribution ("Barkley said.", "he added,") and no
// other quotation or sentence of reporting.
const ONLY_ATTRIBUTION = /^[^“”"‘’\n]{0,200}$/u;

function joinable(a: SuggestedClaim, b: SuggestedClaim, text: string): boolean {
  if (a.kind !== "direct_quote" || b.kind !== "direct_quote") return false;
  if (a.speaker === null || a.speaker !== b.speaker || a.cue !== b.cue) return false;
  if (a.indirect !== b.indirect || a.chain.join("\u0000") !== b.chain.join("\u0000")) return false;
  const between = text.slice(a.end, b.start);
  if (!ONLY_ATTRIBUTION.test(between)) return false;
  // One sentence of attribution at most: "“A,” X said. “B.”", not a paragraph of narrative.
  return (between.match(/[.!?](?=\s)/g) ?? []).length <= 1;
}

/**
 * Joins consecutive direct quotes of one speaker, cue and route that only their attribution
 * separates within a paragraph. `claims` must be sorted by start; returns a new sorted list.
 */
export function joinQuoteRuns(claims: SuggestedClaim[], text: string): SuggestedClaim[] {
  const out: SuggestedClaim[] = [];
  for (const claim of claims) {
    const last = out[out.length - 1];
    if (last && last.end <= claim.start && joinable(last, claim, text)) {
      out[out.length - 1] = { ...last, end: claim.end, text: text.slice(last.start, claim.end) };
    } else out.push(claim);
  }
  return out;
}
