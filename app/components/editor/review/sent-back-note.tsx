// A reviewer's note to the author of a claim sent back to draft: who wrote it, when, and what
// needs to change.
import type { ClaimReview } from "@/lib/review/schemas";
import { formatWhen } from "./format-when";

export function SentBackNote({ sentBack }: { sentBack: NonNullable<ClaimReview["sentBack"]> }) {
  return (
    <blockquote className="notice sent-back" aria-label="Reviewer's note">
      <p>
        Sent back by {sentBack.by?.name ?? "a former member"}, {formatWhen(sentBack.at)}:
      </p>
      <p>{sentBack.note}</p>
    </blockquote>
  );
}
