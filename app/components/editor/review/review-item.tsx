// One claim in the review queue: its words, its article, who submitted it and when, who last
// changed its sourcing, and the actions the editor may take.
import Link from "next/link";
import type { ClaimReview } from "@/lib/review/schemas";
import { stateClaimBriefly } from "@/lib/words/claim-statement";
import { REVIEW_STATE_WORDS } from "@/lib/words/display-words";
import { formatWhen } from "./format-when";
import { ReviewActions } from "./review-actions";
import { SentBackNote } from "./sent-back-note";

type Props = { item: ClaimReview; workspaceSlug: string; canWrite: boolean };

export function ReviewItem({ item, workspaceSlug, canWrite }: Props) {
  // The claim as its speaker's statement: quotation marks only around a direct quote (issue 11).
  const statement = (max: number) => stateClaimBriefly(item, max);
  return (
    <li aria-label={`Claim: ${statement(80)}`}>
      <span className={`badge review-${item.reviewState}`}>{REVIEW_STATE_WORDS[item.reviewState]}</span>
      <p className="claim-statement">{statement(220)}</p>
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
          aria-label={`Open the claim for review: ${statement(60)}`}
        >
          Open the claim: chain, tags, history
        </Link>
      </p>
      {canWrite ? <ReviewActions claimId={item.claimId} version={item.version} actions={item.actions} /> : null}
    </li>
  );
}
