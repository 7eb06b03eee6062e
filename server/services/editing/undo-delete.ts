// Undoing a deleted claim or hop from the snapshot its delete audited: the same ids come back,
// so their history reads on; a claim comes back as a draft (its review starts again), anchored
// where it was as long as the article still has its words there. Refused, with what to do, when
// the words moved, a source was merged away, or the undo was done already.
import { AppError } from "@/lib/errors";
import type { Db } from "@/server/database/open-database";
import type { Prisma } from "@/server/database/prisma";
import { recordAudit } from "../audit/record-audit";
import { bumpClaimVersion } from "./claim-version";
import { DeletedClaim, DeletedHop, type HopSnapshot, reattachCaptures } from "./deleted-snapshot";
import { checkSourceInWorkspace } from "./edit-claims";
import { checkChain } from "./insert-hops";

export type UndoResult = { claimId: string; version: number };

/** `claimVersion`: for a hop, the version of its claim the editor read. */
export async function undoDelete(
  db: Db,
  actorId: string,
  input: { eventId: string; claimVersion?: number },
): Promise<UndoResult> {
  return db.$transaction(async (tx) => {
    const event = await tx.auditEvent.findUnique({
      where: { id: input.eventId },
      select: { action: true, workspaceId: true, before: true },
    });
    if (!event?.workspaceId || (event.action !== "claim.delete" && event.action !== "hop.remove"))
      throw new AppError("NOT_FOUND", "nothing to undo: that change is not a delete");
    if (event.action === "claim.delete")
      return restoreClaim(tx, actorId, event.workspaceId, DeletedClaim.parse(event.before));
    if (input.claimVersion === undefined)
      throw new AppError("INVALID", "claimVersion is required: send the version of the claim you read");
    return restoreHop(tx, actorId, event.workspaceId, DeletedHop.parse(event.before), input.claimVersion);
  });
}

async function restoreClaim(
  tx: Prisma.TransactionClient,
  actorId: string,
  workspaceId: string,
  deleted: DeletedClaim,
): Promise<UndoResult> {
  const { claim } = deleted;
  if (await tx.claim.findUnique({ where: { id: claim.id }, select: { id: true } }))
    throw new AppError("CONFLICT", "this claim was restored already");
  const article = await tx.article.findUnique({ where: { id: claim.articleId }, select: { body: true } });
  if (!article) throw new AppError("NOT_FOUND", "the claim's article was deleted; the claim cannot come back");
  if (article.body.slice(claim.startOffset, claim.endOffset) !== claim.exact)
    throw new AppError(
      "CONFLICT",
      "the article's text changed where the claim stood since it was deleted; select its words again to re-create it",
    );
  for (const sourceId of [claim.speakerId, claim.primaryRecordSourceId, ...deleted.namedSources.map((n) => n.sourceId)])
    await checkSourceInWorkspace(tx, sourceId, workspaceId, "source of the claim");
  const version = claim.version + 1;
  await tx.claim.create({ data: { ...pickClaimFields(claim), version, reviewState: "DRAFT" } });
  await tx.claimNamedSource.createMany({
    data: deleted.namedSources.map((named) => ({ ...named, claimId: claim.id })),
  });
  await restoreHopRows(tx, workspaceId, claim.id, deleted.hops);
  const terms = await tx.workspaceTerm.findMany({
    where: { id: { in: deleted.termIds }, workspaceId },
    select: { id: true },
  });
  await tx.claimTag.createMany({ data: terms.map((term) => ({ claimId: claim.id, termId: term.id })) });
  await reattachCaptures(tx, deleted.captureIds);
  await recordAudit(tx, {
    workspaceId,
    actorId,
    action: "claim.restore",
    entityType: "claim",
    entityId: claim.id,
    after: { version, hops: deleted.hops.length },
  });
  return { claimId: claim.id, version };
}

async function restoreHop(
  tx: Prisma.TransactionClient,
  actorId: string,
  workspaceId: string,
  deleted: DeletedHop,
  claimVersion: number,
): Promise<UndoResult> {
  if (await tx.hop.findUnique({ where: { id: deleted.hop.id }, select: { id: true } }))
    throw new AppError("CONFLICT", "this hop was restored already");
  const version = await bumpClaimVersion(tx, deleted.claimId, claimVersion);
  await restoreHopRows(tx, workspaceId, deleted.claimId, [deleted.hop]);
  await reattachCaptures(tx, deleted.captureIds);
  await recordAudit(tx, {
    workspaceId,
    actorId,
    action: "hop.restore",
    entityType: "claim",
    entityId: deleted.claimId,
    after: { hopId: deleted.hop.id },
  });
  return { claimId: deleted.claimId, version };
}

async function restoreHopRows(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  claimId: string,
  hops: HopSnapshot[],
): Promise<void> {
  for (const hop of hops) {
    await checkSourceInWorkspace(tx, hop.fromSourceId, workspaceId, "source of a hop");
    await checkSourceInWorkspace(tx, hop.toSourceId, workspaceId, "source of a hop");
    const term = hop.relationTermId
      ? await tx.workspaceTerm.findUnique({ where: { id: hop.relationTermId }, select: { id: true } })
      : null;
    const { occurredAt, ...fields } = hop;
    await tx.hop.create({
      data: {
        ...fields,
        claimId,
        relationTermId: term?.id ?? null,
        occurredAt: occurredAt ? new Date(occurredAt) : null,
      },
    });
  }
  await checkChain(tx, claimId);
}

function pickClaimFields(claim: DeletedClaim["claim"]) {
  const { version: _version, ...fields } = claim;
  return fields;
}
