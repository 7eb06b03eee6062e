// Every reliability judgement of a source, oldest first, with who made it, when and why; the
// last one is the current rating.

import type { Assessment } from "@/lib/sources/schemas";
import type { ReliabilityRating } from "@/lib/vocabulary";
import { RELIABILITY_WORDS } from "@/lib/words/display-words";

export function RatingBadge({ rating }: { rating: ReliabilityRating | null }) {
  if (!rating) return <span className="rating rating-none">not rated</span>;
  return <span className={`rating rating-${rating.toLowerCase()}`}>{RELIABILITY_WORDS[rating]}</span>;
}

export function ReliabilityHistory({ assessments }: { assessments: Assessment[] }) {
  if (assessments.length === 0) return <p className="meta">Nobody has rated this source yet.</p>;
  return (
    <table className="record-table" aria-label="Reliability history">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Rating</th>
          <th scope="col">By</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {assessments.map((assessment, i) => (
          <tr key={assessment.id} className={i === assessments.length - 1 ? "current" : undefined}>
            <td>
              <time dateTime={assessment.createdAt}>{assessment.createdAt.replace("T", " ").slice(0, 16)}</time>
            </td>
            <td>
              <RatingBadge rating={assessment.rating} />
            </td>
            <td>{assessment.ratedBy?.name ?? "a former member"}</td>
            <td>{assessment.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
