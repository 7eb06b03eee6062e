// Picks the workspace's own term for a hop's relation ("leaked to"). The hop's built-in
// relation becomes the term's base relation, which is what the analysis reads; clearing the
// term keeps the relation. A change to the chain: versioned and audited like adding a hop.
import { AppError } from "@/lib/errors";
import type { Db } from "@/server/database/open-database";
import { recordAudit } from "../audit/record-audit";
import { bumpClaimVersion } from "../editing/claim-version";

export async function setHopRelationTerm(
  db: Db,
  actorId: string,
  input: { hopId: string; claimVersion: number; termId: string | null },
) {
  return db.$transaction(async (tx) => {
    const hop = await tx.hop.findUnique({
      where: { id: input.hopId },
      select: {
        claimId: true,
        relation: true,
        relationTermId: true,
        claim: { select: { article: { select: { workspaceId: true } } } },
      },
    });
    if (!hop) throw new AppError("NOT_FOUND", `no hop ${input.hopId}; it may have been removed`);
    const workspaceId = hop.claim.article.workspaceId;
    const claimVersion = await bumpClaimVersion(tx, hop.claimId, input.claimVersion);
    let relation = hop.relation;
    if (input.termId) {
      const term = await tx.workspaceTerm.findUnique({
        where: { id: input.termId },
        select: { workspaceId: true, kind: true, baseRelation: true },
      });
      if (!term || term.workspaceId !== workspaceId || term.kind !== "RELATION" || !term.baseRelation) {
        throw new AppError(
          "INVALID",
          `the term ${input.termId} is not a relation term of this workspace; add it on the workspace's settings page first`,
        );
      }
      relation = term.baseRelation;
    }
    await tx.hop.update({ where: { id: input.hopId }, data: { relationTermId: input.termId, relation } });
    await recordAudit(tx, {
      workspaceId,
      actorId,
      action: "hop.relation_term",
      entityType: "claim",
      entityId: hop.claimId,
      before: { hopId: input.hopId, relation: hop.relation, relationTermId: hop.relationTermId },
      after: { hopId: input.hopId, relation, relationTermId: input.termId },
    });
    return { hopId: input.hopId, claimVersion, relation, relationTermId: input.termId };
  });
}
