// Writes hops into a claim's chain inside the caller's transaction: every source of the same
// workspace and not merged away, no hop from a source to itself, and the chain left without a
// cycle (it may stay unfinished while it is built). Positions continue after the last hop.
import { AppError } from "@/lib/errors";
import { validateGraph } from "@/lib/provenance/validate-graph";
import type { HopRelation } from "@/lib/vocabulary";
import type { Prisma } from "@/server/database/prisma";
import { claimSourcingSelect, toClaimGraph } from "../sourcing/claim-sourcing-select";
import { checkSourceInWorkspace } from "./edit-claims";

export type HopFields = {
  fromSourceId: string;
  toSourceId: string | null;
  relation: HopRelation;
  firstHand: boolean;
  confidence: number;
  evidenceUrl?: string | null;
  evidenceArchiveUrl?: string | null;
  evidenceQuote?: string | null;
  evidenceNote?: string | null;
  occurredAt?: string | null;
};

/** Creates the hops in order; returns their ids. Throws AppError INVALID naming the bad hop. */
export async function insertHops(
  tx: Prisma.TransactionClient,
  claimId: string,
  workspaceId: string,
  hops: readonly HopFields[],
): Promise<string[]> {
  const checked = new Set<string | null>([null]);
  for (const hop of hops)
    for (const [sourceId, role] of [
      [hop.fromSourceId, "source the hop starts from"],
      [hop.toSourceId, "source the hop leads to"],
    ] as const)
      if (!checked.has(sourceId)) {
        await checkSourceInWorkspace(tx, sourceId, workspaceId, role);
        checked.add(sourceId);
      }
  let position = await tx.hop.count({ where: { claimId } });
  const ids: string[] = [];
  for (const { occurredAt, ...hop } of hops) {
    if (hop.fromSourceId === hop.toSourceId) {
      const source = await tx.source.findUniqueOrThrow({ where: { id: hop.fromSourceId }, select: { name: true } });
      throw new AppError(
        "INVALID",
        `a hop goes from one source to another: this one goes from "${source.name}" to itself`,
      );
    }
    const created = await tx.hop.create({
      data: { ...hop, claimId, occurredAt: occurredAt ? new Date(occurredAt) : null, position: position++ },
      select: { id: true },
    });
    ids.push(created.id);
  }
  await checkChain(tx, claimId);
  return ids;
}

export async function checkChain(tx: Prisma.TransactionClient, claimId: string): Promise<void> {
  const row = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: claimSourcingSelect });
  validateGraph(toClaimGraph(row), { requireComplete: false });
}
