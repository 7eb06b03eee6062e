// One claim in the review queue: its words, its article, who submitted it and when, who last
// changed its sourcing, and the actions the editor may take.
import Link from "next/link";
import type { ClaimReview } from "@/lib/review/schemas";
import { REVIEW_STATE_WORDS } from "@/lib/words/display-words";
import { formatWhen } from "./format-when";
import { ReviewActions } from "./review-actions";
import { SentBackNote } from "./sent-back-note";

type Props = { item: ClaimReview; workspaceSlug: string; canWrite: boolean };

export function ReviewItem({ item, workspaceSlug, canWrite }: Props) {
  const quote = item.quote.length > 220 ? `${item.quote.slice(0, 220)}…` : item.quote;
  return (
    <li aria-label={`Claim: ${item.quote.slice(0, 80)}`}>
      <span className={`badge review-${item.reviewState}`}>{REVIEW_STATE_WORDS[item.reviewState]}</span>
      <blockquote className="quote">{quote}</blockquote>
      <p className="meta">
        in <Link href={`/editor/${workspaceSlug}/articles/${item.article.id}`}>{item.article.title}</Link>
        {item.article.status === "DRAFT" ? " (draft article)" : ""}
        {item.submittedBy ? ` · submitted by ${item.submittedBy.name}` : ""}
        {item.submittedAt ? `, ${formatWhen(item.submittedAt)}` : ""}
        {item.lastSourcingEditor ? ` · sourcing last changed by ${item.lastSourcingEditor.name}` : ""}
        {item.reviewedBy && item.reviewState === "REVIEWED" ? ` · signed off by ${item.reviewedBy.name}` : ""}
        {item.submittedAt ? null : ` · last saved ${formatWhen(item.updatedAt)}`}
      </p>
      <p className="next-step">{item.nextStep}</p>
      {item.sentBack ? <SentBackNote sentBack={item.sentBack} /> : null}
      {item.tags.length ? (
        <ul className="tag-list" aria-label="Tags">
          {item.tags.map((tag) => (
            <li key={tag.id} className="tag">
              {tag.label}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="meta">
        <Link
          href={`/editor/${workspaceSlug}/review/${item.claimId}`}
          aria-label={`Open the claim “${item.quote.slice(0, 60)}” for review`}
        >
          Open the claim: chain, tags, history
        </Link>
      </p>
      {canWrite ? <ReviewActions claimId={item.claimId} version={item.version} actions={item.actions} /> : null}
    </li>
  );
}
