"use client";
// A claim's review state in the claim panel, who submitted and signed it off, and the actions
// the editor may take on it (lib/review/review-workflow.ts decides, the server enforces).
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import type { ReviewState } from "@/lib/vocabulary";
import { REVIEW_STATE_WORDS } from "@/lib/words/display-words";
import { describeError } from "../describe-error";
import { useTRPC } from "../trpc-provider";
import { formatWhen } from "./format-when";
import { ReviewActions } from "./review-actions";
import { SentBackNote } from "./sent-back-note";
import "./review.css";

type Props = { claimId: string; reviewState: ReviewState; version: number; canWrite: boolean };

export function ReviewControls({ claimId, reviewState, version, canWrite }: Props) {
  const trpc = useTRPC();
  const review = useQuery(trpc.review.claim.queryOptions({ claimId }));
  const { refetch } = review;
  // Any saved change to the claim (a new version) may change what can be done next.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version of the claim is the signal to refetch
  useEffect(() => {
    void refetch();
  }, [refetch, version]);
  const data = review.data ?? null;
  const state = data?.reviewState ?? reviewState;

  return (
    <section className="review-controls" aria-label="Review">
      <p>
        Review: <span className={`badge review-${state}`}>{REVIEW_STATE_WORDS[state]}</span>
        {data?.submittedBy ? (
          <span className="meta">
            {" "}
            · submitted by {data.submittedBy.name}
            {data.submittedAt ? `, ${formatWhen(data.submittedAt)}` : ""}
          </span>
        ) : null}
        {data?.reviewedBy ? <span className="meta"> · signed off by {data.reviewedBy.name}</span> : null}
        {data?.requireSecondReview ? <span className="meta"> · a second editor must sign off</span> : null}
      </p>
      {data ? <p className="next-step">{data.nextStep}</p> : null}
      {data?.sentBack ? <SentBackNote sentBack={data.sentBack} /> : null}
      {review.error ? <p className="form-error">{describeError(review.error)}</p> : null}
      {canWrite && data ? <ReviewActions claimId={claimId} version={version} actions={data.actions} /> : null}
    </section>
  );
}
