// The review queue of a workspace: claims in review, claims signed off and waiting to be
// published, and the latest drafts, each with what the calling editor may do next. A constant
// number of queries whatever the queue's length.
import { AppError } from "@/lib/errors";
import { describeNextStep } from "@/lib/review/describe-next-step";
import { listReviewActions } from "@/lib/review/review-workflow";
import type { ClaimReview, ClaimReviewStatus, ReviewQueue } from "@/lib/review/schemas";
import type { ReviewState } from "@/lib/vocabulary";
import type { Db } from "@/server/database/open-database";
import type { Prisma } from "@/server/database/prisma";
import { readTags } from "../vocabulary/tag-claims";
import { readPeople, reviewFactsSelect } from "./review-facts";
import type { Actor } from "./transition-claim";

const DRAFTS_SHOWN = 50;

const reviewRowSelect = {
  id: true,
  exact: true,
  kind: true,
  stance: true,
  speaker: { select: { name: true } },
  version: true,
  reviewState: true,
  reviewedById: true,
  ...reviewFactsSelect,
  updatedAt: true,
  article: { select: { id: true, slug: true, title: true, status: true } },
} satisfies Prisma.ClaimSelect;
type ReviewRow = Prisma.ClaimGetPayload<{ select: typeof reviewRowSelect }>;

export async function listReviewQueue(db: Db, actor: Actor, workspaceId: string): Promise<ReviewQueue> {
  const workspace = await db.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { requireSecondReview: true },
  });
  const inWorkspace = (states: ReviewState[]): Prisma.ClaimWhereInput => ({
    article: { workspaceId },
    reviewState: { in: states },
  });
  const [waiting, drafts] = await Promise.all([
    db.claim.findMany({
      where: inWorkspace(["IN_REVIEW", "REVIEWED"]),
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      select: reviewRowSelect,
    }),
    db.claim.findMany({
      where: inWorkspace(["DRAFT"]),
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: DRAFTS_SHOWN,
      select: reviewRowSelect,
    }),
  ]);
  const reviews = await describeReviews(db, actor, workspace.requireSecondReview, [...waiting, ...drafts]);
  return {
    requireSecondReview: workspace.requireSecondReview,
    inReview: reviews.filter((review) => review.reviewState === "IN_REVIEW"),
    reviewed: reviews.filter((review) => review.reviewState === "REVIEWED"),
    drafts: reviews.filter((review) => review.reviewState === "DRAFT"),
  };
}

/** One claim's place in the workflow, for the review controls of the claim panel. */
export async function getClaimReview(db: Db, actor: Actor, claimId: string): Promise<ClaimReviewStatus> {
  const row = await db.claim.findUnique({
    where: { id: claimId },
    select: {
      ...reviewRowSelect,
      article: { select: { ...reviewRowSelect.article.select, workspace: { select: { requireSecondReview: true } } } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", `no claim ${claimId}; it may have been deleted`);
  const { workspace, ...article } = row.article;
  const [review] = await describeReviews(db, actor, workspace.requireSecondReview, [{ ...row, article }]);
  const requireSecondReview = workspace.requireSecondReview;
  return { ...review!, requireSecondReview };
}

async function describeReviews(
  db: Db,
  actor: Actor,
  requireSecondReview: boolean,
  rows: ReviewRow[],
): Promise<ClaimReview[]> {
  const ids = rows.map((row) => row.id);
  const [tags, people] = await Promise.all([
    readTags(db, ids),
    readPeople(
      db,
      rows.flatMap((row) => [row.reviewedById, row.submittedById, row.lastSourcingEditorId, row.reviewNoteById]),
    ),
  ]);
  const person = (id: string | null) => (id ? (people.get(id) ?? null) : null);
  return rows.map((row) => {
    const fact = row;
    // A draft sent back is no longer submitted, whatever its history says.
    const submitted = row.reviewState === "IN_REVIEW" || row.reviewState === "REVIEWED";
    const sentBack = row.reviewState === "DRAFT" && row.reviewNote !== null && row.reviewNoteAt !== null;
    return {
      claimId: row.id,
      quote: row.exact,
      kind: row.kind,
      stance: row.stance,
      speakerName: row.speaker?.name ?? null,
      version: row.version,
      reviewState: row.reviewState,
      article: row.article,
      submittedBy: submitted ? person(fact.submittedById) : null,
      submittedAt: submitted ? (fact.submittedAt?.toISOString() ?? null) : null,
      reviewedBy: person(row.reviewedById),
      lastSourcingEditor: person(fact.lastSourcingEditorId),
      sentBack: sentBack
        ? { note: row.reviewNote!, by: person(row.reviewNoteById), at: row.reviewNoteAt!.toISOString() }
        : null,
      nextStep: describeNextStep({
        state: row.reviewState,
        requireSecondReview,
        author: person(fact.lastSourcingEditorId)?.name ?? null,
        sentBack,
      }),
      updatedAt: row.updatedAt.toISOString(),
      tags: tags.get(row.id) ?? [],
      actions: listReviewActions({
        state: row.reviewState,
        actor,
        requireSecondReview,
        lastSourcingEditorId: fact.lastSourcingEditorId,
        changedSinceSignOff: fact.signedOffVersion !== row.version,
      }),
    };
  });
}
