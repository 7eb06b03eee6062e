// Changing a hop where it stands: its relation, whether the receiver had the claim first-hand,
// its confidence and evidence, without removing it. One transaction with the claim's version
// check and an audit record of the fields before and after.
import { AppError } from "@/lib/errors";
import type { HopRelation } from "@/lib/vocabulary";
import type { Db } from "@/server/database/open-database";
import type { Prisma } from "@/server/database/prisma";
import { recordAudit } from "../audit/record-audit";
import { bumpClaimVersion } from "./claim-version";

export type HopChange = {
  hopId: string;
  claimVersion: number;
  relation?: HopRelation;
  firstHand?: boolean;
  confidence?: number;
  evidenceUrl?: string | null;
  evidenceQuote?: string | null;
  evidenceNote?: string | null;
};

const editableFields = {
  relation: true,
  firstHand: true,
  confidence: true,
  evidenceUrl: true,
  evidenceQuote: true,
  evidenceNote: true,
} satisfies Prisma.HopSelect;

export async function updateHop(db: Db, actorId: string, input: HopChange): Promise<{ claimVersion: number }> {
  return db.$transaction(async (tx) => {
    const before = await tx.hop.findUnique({
      where: { id: input.hopId },
      select: { ...editableFields, claimId: true, claim: { select: { article: { select: { workspaceId: true } } } } },
    });
    if (!before) throw new AppError("NOT_FOUND", `no hop ${input.hopId}; it may have been removed`);
    const version = await bumpClaimVersion(tx, before.claimId, input.claimVersion);
    const { hopId, claimVersion: _read, ...changes } = input;
    // A relation picked from the built-in list replaces the workspace term that named it.
    const relationTerm = changes.relation && changes.relation !== before.relation ? { relationTermId: null } : {};
    const after = await tx.hop.update({
      where: { id: hopId },
      data: { ...changes, ...relationTerm },
      select: editableFields,
    });
    const { claimId, claim, ...beforeFields } = before;
    await recordAudit(tx, {
      workspaceId: claim.article.workspaceId,
      actorId,
      action: "hop.update",
      entityType: "claim",
      entityId: claimId,
      before: { hopId, ...beforeFields },
      after: { hopId, ...after },
    });
    return { claimVersion: version };
  });
}
