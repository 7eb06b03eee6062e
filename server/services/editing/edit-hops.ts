// Adding and removing hops of a claim's chain. The chain may be unfinished while it is built,
// but it never holds a cycle, a hop to a source of another workspace, or a bad confidence
// (insert-hops.ts). A removal keeps the whole hop in its audit record, so it can be undone.
import { AppError } from "@/lib/errors";
import type { Db } from "@/server/database/open-database";
import type { Prisma } from "@/server/database/prisma";
import { recordAudit } from "../audit/record-audit";
import { bumpClaimVersion } from "./claim-version";
import { type DeletedHop, detachCaptures, hopSnapshotSelect, snapshotHop } from "./deleted-snapshot";
import { type HopFields, insertHops } from "./insert-hops";

export type NewHop = HopFields & { claimId: string; claimVersion: number };

export async function addHop(db: Db, actorId: string, input: NewHop) {
  const { claimId, claimVersion, ...hop } = input;
  const added = await addHops(db, actorId, { claimId, claimVersion, hops: [hop] });
  return { id: added.ids[0]!, claimVersion: added.claimVersion };
}

/** Several hops in one step (the chain builder): one version bump, one audit record per hop. */
export async function addHops(
  db: Db,
  actorId: string,
  input: { claimId: string; claimVersion: number; hops: HopFields[] },
): Promise<{ ids: string[]; claimVersion: number }> {
  return db.$transaction(async (tx) => {
    const workspaceId = await workspaceOfClaim(tx, input.claimId);
    const version = await bumpClaimVersion(tx, input.claimId, input.claimVersion);
    const ids = await insertHops(tx, input.claimId, workspaceId, input.hops);
    await auditAddedHops(tx, actorId, workspaceId, input.claimId, ids, input.hops);
    return { ids, claimVersion: version };
  });
}

export async function auditAddedHops(
  tx: Prisma.TransactionClient,
  actorId: string,
  workspaceId: string,
  claimId: string,
  ids: string[],
  hops: HopFields[],
): Promise<void> {
  for (const [index, hop] of hops.entries())
    await recordAudit(tx, {
      workspaceId,
      actorId,
      action: "hop.add",
      entityType: "claim",
      entityId: claimId,
      after: { hopId: ids[index]!, claimId, ...hop },
    });
}

/** Returns the claim's new version and the audit event to name when undoing the removal. */
export async function removeHop(db: Db, actorId: string, hopId: string, claimVersion: number) {
  return db.$transaction(async (tx) => {
    const hop = await tx.hop.findUnique({ where: { id: hopId }, select: { ...hopSnapshotSelect, claimId: true } });
    if (!hop) throw new AppError("NOT_FOUND", `no hop ${hopId}; it may have been removed already`);
    const workspaceId = await workspaceOfClaim(tx, hop.claimId);
    const version = await bumpClaimVersion(tx, hop.claimId, claimVersion);
    const { claimId, ...fields } = hop;
    const captureIds = await detachCaptures(tx, [hopId]);
    await tx.hop.delete({ where: { id: hopId } });
    const deleted: DeletedHop = { claimId, hop: snapshotHop(fields), captureIds };
    const eventId = await recordAudit(tx, {
      workspaceId,
      actorId,
      action: "hop.remove",
      entityType: "claim",
      entityId: claimId,
      before: deleted,
    });
    return { claimVersion: version, eventId };
  });
}

async function workspaceOfClaim(tx: Prisma.TransactionClient, claimId: string): Promise<string> {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: { article: { select: { workspaceId: true } } },
  });
  if (!claim) throw new AppError("NOT_FOUND", `no claim ${claimId}`);
  return claim.article.workspaceId;
}
