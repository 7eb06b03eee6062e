// Optimistic concurrency for a claim and its chain: a write names the version it read and bumps
// it; when someone saved in between, the write stops with CONFLICT and the newer version, so an
// editor never silently overwrites a colleague. The conditional UPDATE is atomic on PostgreSQL.
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/server/database/prisma";

export async function bumpClaimVersion(
  tx: Prisma.TransactionClient,
  claimId: string,
  expectedVersion: number,
  options: { reopenReview?: boolean } = {},
): Promise<number> {
  const { count } = await tx.claim.updateMany({
    where: { id: claimId, version: expectedVersion },
    data: { version: { increment: 1 } },
  });
  if (count === 1) {
    if (options.reopenReview !== false) {
      await reopenReviewIfRequired(tx, [claimId]);
      await republishIfPublished(tx, [claimId]);
    }
    return expectedVersion + 1;
  }
  const current = await tx.claim.findUnique({ where: { id: claimId }, select: { version: true, updatedAt: true } });
  if (!current) throw new AppError("NOT_FOUND", `no claim ${claimId}; it may have been deleted`);
  throw new AppError(
    "CONFLICT",
    `someone else saved this claim (version ${current.version}, at ${current.updatedAt.toISOString()}) after you opened version ${expectedVersion}; reload it, then re-apply your change`,
    { currentVersion: current.version },
  );
}

/**
 * A change to a claim readers see publishes its new sourcing at once (no second review is
 * required, or it would have gone back to draft): the review's publication date moves with it.
 */
async function republishIfPublished(tx: Prisma.TransactionClient, claimIds: string[]): Promise<void> {
  await tx.claim.updateMany({
    where: { id: { in: claimIds }, reviewState: "PUBLISHED" },
    data: { publishedAt: new Date() },
  });
}

/**
 * Where a workspace requires a second editor's sign-off, changing a signed-off or published
 * claim sends it back to draft: readers never see sourcing nobody else has reviewed.
 */
export async function reopenReviewIfRequired(tx: Prisma.TransactionClient, claimIds: string[]): Promise<void> {
  if (claimIds.length === 0) return;
  await tx.claim.updateMany({
    where: {
      id: { in: claimIds },
      reviewState: { in: ["REVIEWED", "PUBLISHED"] },
      article: { workspace: { requireSecondReview: true } },
    },
    data: { reviewState: "DRAFT", reviewedById: null },
  });
}
