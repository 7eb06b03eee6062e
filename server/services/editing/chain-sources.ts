// The sources a write puts on a claim's chain (its speaker, the ends of new hops) and those
// already on it, read in one statement: each new one must belong to the claim's workspace and
// must not have been merged away. The names of merged sources' survivors are read only to word
// the refusal.

import { AppError } from "@/lib/errors";
import type { GraphSource } from "@/lib/provenance/graph";
import type { Prisma } from "@/server/database/prisma";

/** A source the write puts on the chain, and its role there for the refusal ("speaker"…). */
export type ChainSourceUse = readonly [sourceId: string | null, role: string];

/**
 * Returns every source of `uses` and `others` by id. Throws AppError INVALID for the first use
 * (in order) whose source is missing, of another workspace or merged into another source.
 */
export async function readChainSources(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  uses: readonly ChainSourceUse[],
  others: readonly string[] = [],
): Promise<Map<string, GraphSource>> {
  const ids = new Set<string>(others);
  for (const [sourceId] of uses) if (sourceId !== null) ids.add(sourceId);
  const rows =
    ids.size === 0
      ? []
      : await tx.source.findMany({
          where: { id: { in: [...ids] } },
          select: { id: true, workspaceId: true, name: true, type: true, standing: true, mergedIntoId: true },
        });
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const [sourceId, role] of uses) {
    if (sourceId === null) continue;
    const source = byId.get(sourceId);
    if (!source || source.workspaceId !== workspaceId)
      throw new AppError(
        "INVALID",
        `the ${role} ${sourceId} is not a source of this workspace; pick or create it first`,
      );
    if (source.mergedIntoId) {
      const survivor = await tx.source.findUniqueOrThrow({
        where: { id: source.mergedIntoId },
        select: { name: true },
      });
      throw new AppError("INVALID", `${source.name} was merged into ${survivor.name}; pick ${survivor.name} instead`);
    }
  }
  return new Map(rows.map(({ id, name, type, standing }) => [id, { id, name, type, standing }]));
}
