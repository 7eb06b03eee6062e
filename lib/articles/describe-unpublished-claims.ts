// What publishing an article leaves out: each claim has its own review state, and readers see
// only published claims of a published article. Publishing the article publishes none of them
// (the review decides), so the editor is told how many stay unpublished before and after.

import { countNoun } from "../count-noun";
import type { ReviewState } from "../vocabulary";

/**
 * Shape: `{ count, note }`; `note` is null when every claim is published, else e.g.
 * "2 claims are not published: readers see only published claims. Publish them from Review."
 */
export function describeUnpublishedClaims(claims: ReadonlyArray<{ reviewState?: ReviewState }>): {
  count: number;
  note: string | null;
} {
  // A claim without a review state (a reader's view) is not counted: only members see drafts.
  const count = claims.filter((claim) => claim.reviewState && claim.reviewState !== "PUBLISHED").length;
  if (count === 0) return { count, note: null };
  const verb = count === 1 ? "is" : "are";
  return {
    count,
    note: `${countNoun(count, "claim")} ${verb} not published: readers see only published claims. Publish ${count === 1 ? "it" : "them"} from Review.`,
  };
}
