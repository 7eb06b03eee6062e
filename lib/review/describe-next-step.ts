// Who must act next on a claim in review, in the words the queue and the claim panel show.
import type { ReviewState } from "../vocabulary";

type Facts = {
  state: ReviewState;
  requireSecondReview: boolean;
  /** Who last changed the claim's sourcing (its author for the workflow), by name. */
  author: string | null;
  /** Whether a reviewer's note waits for the author (the claim was sent back). */
  sentBack: boolean;
};

export function describeNextStep({ state, requireSecondReview, author, sentBack }: Facts): string {
  switch (state) {
    case "DRAFT":
      return sentBack
        ? `Next: ${author ?? "the author"} answers the note and submits it again`
        : requireSecondReview
          ? "Next: an editor submits it for review"
          : "Next: an editor submits it for review, or publishes it";
    case "IN_REVIEW":
      return requireSecondReview
        ? `Next: an editor other than ${author ?? "its author"} signs it off`
        : "Next: any editor signs it off or publishes it";
    case "REVIEWED":
      return "Next: an editor publishes it";
    case "PUBLISHED":
      return "Published: readers see its sourcing";
  }
}
