// Adding and removing hops of a claim's chain. The chain may be unfinished while it is built,
// but it never holds a cycle, a hop to a source of another workspace, or a bad confidence.
import { AppError } from "@/lib/errors";
import { validateGraph } from "@/lib/provenance/validate-graph";
import type { HopRelation } from "@/lib/vocabulary";
import type { Db } from "@/server/database/open-database";
import type { Prisma } from "@/server/database/prisma";
import { recordAudit } from "../audit/record-audit";
import { claimSourcingSelect, toClaimGraph } from "../sourcing/claim-sourcing-select";
import { bumpClaimVersion } from "./claim-version";
import { checkSourceInWorkspace } from "./edit-claims";

export type NewHop = {
  claimId: string;
  claimVersion: number;
  fromSourceId: string;
  toSourceId: string | null;
  relation: HopRelation;
  firstHand: boolean;
  confidence: number;
  evidenceUrl: string | null;
  evidenceArchiveUrl: string | null;
  evidenceQuote: string | null;
  evidenceNote: string | null;
  occurredAt: string | null;
};

export async function addHop(db: Db, actorId: string, input: NewHop) {
  return db.$transaction(async (tx) => {
    const workspaceId = await workspaceOfClaim(tx, input.claimId);
    await checkSourceInWorkspace(tx, input.fromSourceId, workspaceId, "source the hop starts from");
    await checkSourceInWorkspace(tx, input.toSourceId, workspaceId, "source the hop leads to");
    if (input.fromSourceId === input.toSourceId) {
      const source = await tx.source.findUniqueOrThrow({ where: { id: input.fromSourceId }, select: { name: true } });
      throw new AppError(
        "INVALID",
        `a hop goes from one source to another: this one goes from "${source.name}" to itself`,
      );
    }
    const version = await bumpClaimVersion(tx, input.claimId, input.claimVersion);
    const position = await tx.hop.count({ where: { claimId: input.claimId } });
    const { claimVersion: _version, occurredAt, ...fields } = input;
    const hop = await tx.hop.create({
      data: { ...fields, occurredAt: occurredAt ? new Date(occurredAt) : null, position },
      select: { id: true },
    });
    await checkChain(tx, input.claimId);
    await recordAudit(tx, {
      workspaceId,
      actorId,
      action: "hop.add",
      entityType: "claim",
      entityId: input.claimId,
      after: { hopId: hop.id, ...fields },
    });
    return { id: hop.id, claimVersion: version };
  });
}

export async function removeHop(db: Db, actorId: string, hopId: string, claimVersion: number) {
  return db.$transaction(async (tx) => {
    const hop = await tx.hop.findUnique({
      where: { id: hopId },
      select: { claimId: true, fromSourceId: true, toSourceId: true, relation: true, confidence: true },
    });
    if (!hop) throw new AppError("NOT_FOUND", `no hop ${hopId}; it may have been removed already`);
    const workspaceId = await workspaceOfClaim(tx, hop.claimId);
    const version = await bumpClaimVersion(tx, hop.claimId, claimVersion);
    await tx.hop.delete({ where: { id: hopId } });
    await recordAudit(tx, {
      workspaceId,
      actorId,
      action: "hop.remove",
      entityType: "claim",
      entityId: hop.claimId,
      before: { hopId, ...hop },
    });
    return { claimVersion: version };
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

async function checkChain(tx: Prisma.TransactionClient, claimId: string): Promise<void> {
  const row = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: claimSourcingSelect });
  validateGraph(toClaimGraph(row), { requireComplete: false });
}
