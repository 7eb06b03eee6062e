// One name, one source: a name resolves to the source it spells, to the source that has it as an
// alias, or — for a source merged into another — to the source that survived the merge.
import type { Prisma } from "@/server/database/prisma";

type Tx = Prisma.TransactionClient;

/** Merges can chain (A into B, later B into C); a loop is impossible but would not hang here. */
export const MAX_MERGE_HOPS = 20;

export type ResolvedName = { sourceId: string; via: "name" | "alias" | "merge" };

/**
 * Until the transaction ends, no one else can give this name to a source of the workspace (as a
 * new source or an alias): the uniqueness of names across sources and aliases has no index.
 */
export async function lockName(tx: Tx, workspaceId: string, normalizedName: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${workspaceId}), hashtext(${normalizedName}))`;
}

export async function resolveSourceName(
  tx: Tx,
  workspaceId: string,
  normalizedName: string,
): Promise<ResolvedName | null> {
  const named = await tx.source.findUnique({
    where: { workspaceId_normalizedName: { workspaceId, normalizedName } },
    select: { id: true, mergedIntoId: true },
  });
  if (named) {
    if (!named.mergedIntoId) return { sourceId: named.id, via: "name" };
    return { sourceId: await survivorOf(tx, named.mergedIntoId), via: "merge" };
  }
  const alias = await tx.sourceAlias.findFirst({
    where: { normalizedName, source: { workspaceId, mergedIntoId: null } },
    orderBy: { createdAt: "asc" },
    select: { sourceId: true },
  });
  return alias ? { sourceId: alias.sourceId, via: "alias" } : null;
}

/** The source that finally holds the references of a merged one. */
async function survivorOf(tx: Tx, sourceId: string): Promise<string> {
  let current = sourceId;
  for (let hop = 0; hop < MAX_MERGE_HOPS; hop++) {
    const row = await tx.source.findUnique({ where: { id: current }, select: { mergedIntoId: true } });
    if (!row?.mergedIntoId) return current;
    current = row.mergedIntoId;
  }
  return current;
}

/**
 * The source, other than `sourceId` (and the sources merged into it), whose name or alias is
 * `normalizedName`: an alias may not make a name mean two sources.
 */
export async function findNameOwner(
  tx: Tx,
  workspaceId: string,
  normalizedName: string,
  sourceId: string,
): Promise<{ id: string; name: string } | null> {
  const named = await tx.source.findUnique({
    where: { workspaceId_normalizedName: { workspaceId, normalizedName } },
    select: { id: true, name: true, mergedIntoId: true },
  });
  if (named && named.id !== sourceId) {
    const owner = named.mergedIntoId ? await survivorOf(tx, named.mergedIntoId) : named.id;
    if (owner !== sourceId)
      return tx.source.findUniqueOrThrow({ where: { id: owner }, select: { id: true, name: true } });
  }
  const alias = await tx.sourceAlias.findFirst({
    where: { normalizedName, sourceId: { not: sourceId }, source: { workspaceId, mergedIntoId: null } },
    select: { source: { select: { id: true, name: true } } },
  });
  return alias?.source ?? null;
}
