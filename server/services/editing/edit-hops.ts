// Adding and removing hops of a claim's chain. The chain may be unfinished while it is built,
// but it never holds a cycle, a hop to a source of another workspace, or a bad confidence
// (insert-hops.ts). A removal keeps the whole hop in its audit record, so it can be undone.
import { AppError } from "@/lib/errors";
import type { Db } from "@/server/database/open-database";
import type { Prisma } from "@/server/database/prisma";
import { type AuditEntry, recordAudit, recordAudits } from "../audit/record-audit";
import { readChainSources } from "./chain-sources";
import { bumpClaimVersion } from "./claim-version";
import { type DeletedHop, detachCaptures, hopSnapshotSelect, snapshotHop } from "./deleted-snapshot";
import { type HopFields, hopSourceUses, insertHops, readChainHops } from "./insert-hops";

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
    // The claim's speaker and workspace in one statement (Prisma reads a relation with a second).
    const [claim] = await tx.$queryRaw<Array<{ speakerId: string | null; workspaceId: string }>>`
      SELECT c.speaker_id AS "speakerId", a.workspace_id AS "workspaceId"
      FROM claim c JOIN article a ON a.id = c.article_id WHERE c.id = ${input.claimId}::uuid`;
    if (!claim) throw new AppError("NOT_FOUND", `no claim ${input.claimId}`);
    const { workspaceId } = claim;
    const version = await bumpClaimVersion(tx, input.claimId, input.claimVersion);
    const hops = await readChainHops(tx, input.claimId);
    const sources = await readChainSources(tx, workspaceId, hopSourceUses(input.hops), [
      ...(claim.speakerId ? [claim.speakerId] : []),
      ...hops.flatMap((hop) => (hop.to ? [hop.from, hop.to] : [hop.from])),
    ]);
    const ids = await insertHops(tx, { claimId: input.claimId, speakerId: claim.speakerId, hops, sources }, input.hops);
    await recordAudits(tx, addedHopEntries(actorId, workspaceId, input.claimId, ids, input.hops));
    return { ids, claimVersion: version };
  });
}

/** The audit records of hops added to a claim, one per hop, in the order they were given. */
export function addedHopEntries(
  actorId: string,
  workspaceId: string,
  claimId: string,
  ids: readonly string[],
  hops: readonly HopFields[],
): AuditEntry[] {
  return hops.map((hop, index) => ({
    workspaceId,
    actorId,
    action: "hop.add",
    entityType: "claim",
    entityId: claimId,
    after: { hopId: ids[index]!, claimId, ...hop },
  }));
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
