// Checks every source-record write starts with: the source exists, has not been merged away,
// and whatever it is tied to belongs to the same workspace.
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/server/database/prisma";

type Tx = Prisma.TransactionClient;

const guardFields = {
  id: true,
  workspaceId: true,
  name: true,
  type: true,
  normalizedName: true,
  version: true,
  mergedIntoId: true,
  mergedInto: { select: { name: true } },
} as const;
export type GuardedSource = Prisma.SourceGetPayload<{ select: typeof guardFields }>;

/**
 * Locks the sources' rows until the transaction ends, in id order so that two merges of the
 * same pair wait for each other instead of deadlocking.
 */
export async function lockSources(tx: Tx, ids: readonly string[]): Promise<void> {
  const sorted = [...new Set(ids)].sort();
  for (const id of sorted) await tx.$queryRaw`SELECT id FROM source WHERE id = ${id}::uuid FOR UPDATE`;
}

export async function loadSource(tx: Tx, sourceId: string): Promise<GuardedSource> {
  const source = await tx.source.findUnique({ where: { id: sourceId }, select: guardFields });
  if (!source) throw new AppError("NOT_FOUND", `no source ${sourceId}; it may have been deleted`);
  return source;
}

/**
 * A source that can still be changed: one merged into another is read-only until the merge is
 * undone. Its row stays locked until the transaction ends, so a merge waits for the write or the
 * write for the merge, and never reads a half-moved record.
 */
export async function loadWritableSource(tx: Tx, sourceId: string): Promise<GuardedSource> {
  await lockSources(tx, [sourceId]);
  const source = await loadSource(tx, sourceId);
  if (source.mergedIntoId) {
    throw new AppError(
      "CONFLICT",
      `${source.name} was merged into ${source.mergedInto?.name ?? "another source"}; change ${source.mergedInto?.name ?? "that source"} instead, or undo the merge first`,
    );
  }
  return source;
}

/** Another source for a link or a merge: it must be of the same workspace (and not merged away). */
export async function loadPeerSource(
  tx: Tx,
  sourceId: string,
  workspaceId: string,
  role: string,
): Promise<GuardedSource> {
  const source = await tx.source.findUnique({ where: { id: sourceId }, select: guardFields });
  // The same message whether the source does not exist or belongs to another newsroom, so its name does not leak.
  if (!source || source.workspaceId !== workspaceId)
    throw new AppError(
      "INVALID",
      `the ${role} is not a source of this workspace; pick one from this workspace's sources`,
    );
  if (source.mergedIntoId) {
    throw new AppError(
      "CONFLICT",
      `${source.name} was merged into ${source.mergedInto?.name ?? "another source"}; pick ${source.mergedInto?.name ?? "that source"} instead`,
    );
  }
  return source;
}
