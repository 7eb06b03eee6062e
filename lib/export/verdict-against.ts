// A claim the newsroom found denied or retracted is not held true: its sourcing figures (hops,
// confidence, the 1..5 sourcing rating) still say how its words reached the article, and a report
// or ClaimReview must say so beside them, or a "4/5, direct" would read as support for the claim.
import type { ClaimStatus } from "../vocabulary";
import { CLAIM_STATUS_WORDS } from "../words/display-words";

const AGAINST: ReadonlySet<ClaimStatus> = new Set(["DENIED", "RETRACTED"]);

/**
 * For a denied or retracted claim, one sentence that keeps its sourcing figures from reading as
 * support ("The claim is denied: its sourcing figures say how its words reached the article, not
 * that it holds."); null for any other status.
 */
export function qualifySourcingFigures(status: ClaimStatus): string | null {
  if (!AGAINST.has(status)) return null;
  return `The claim is ${CLAIM_STATUS_WORDS[status]}: its sourcing figures say how its words reached the article, not that it holds.`;
}
