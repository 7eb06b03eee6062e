// Creating, changing and deleting claims. Spans are checked against the body the editor
// selected from; the claim's speaker must be a source of the same workspace.
import { randomUUID } from "node:crypto";
import { anchorQuotedSpan } from "@/lib/claims/text-anchor";
import { AppError } from "@/lib/errors";
import type { ClaimKind, ClaimStance, ClaimStatus, PrimaryRecord } from "@/lib/vocabulary";
import { insertTogether } from "@/server/database/bulk-insert";
import type { Db } from "@/server/database/open-database";
import { Prisma } from "@/server/database/prisma";
import { auditInsert, recordAudit } from "../audit/record-audit";
import { type ChainSourceUse, chainSourceIds, checkChainSources } from "./chain-sources";
import { readClaimArticle } from "./claim-article";
import { bumpClaimVersion } from "./claim-version";
import { claimSnapshotSelect, detachCaptures, snapshotClaim } from "./deleted-snapshot";
import { addedHopEntries } from "./edit-hops";
import { type HopFields, hopSourceUses, prepareHops } from "./insert-hops";

type ClaimFields = {
  kind: ClaimKind;
  status: ClaimStatus;
  stance: ClaimStance;
  speakerId: string | null;
  cue: string | null;
  note: string | null;
  primaryRecord: PrimaryRecord;
  primaryRecordNote: string | null;
};

const auditedFields = {
  kind: true,
  status: true,
  stance: true,
  speakerId: true,
  cue: true,
  note: true,
  primaryRecord: true,
  primaryRecordNote: true,
  version: true,
} satisfies Prisma.ClaimSelect;

/** One claim and its first hops: a handful of statements whatever the number of hops. */
export async function createClaim(
  db: Db,
  actorId: string,
  input: ClaimFields & { articleId: string; start: number; end: number; exact: string; hops?: HopFields[] },
) {
  const { hops = [], ...fields } = input;
  const uses: ChainSourceUse[] = [[input.speakerId, "speaker"], ...hopSourceUses(hops)];
  return db.$transaction(async (tx) => {
    const article = await readClaimArticle(tx, input.articleId, chainSourceIds(uses));
    const anchor = anchorQuotedSpan(article.body, input.start, input.end, input.exact);
    const sources = checkChainSources(article.sources, article.workspaceId, uses);
    const claimId = randomUUID();
    const prepared = prepareHops({ claimId, speakerId: input.speakerId, hops: [], sources }, hops);
    const audits = auditInsert([
      {
        workspaceId: article.workspaceId,
        actorId,
        action: "claim.create",
        entityType: "claim",
        entityId: claimId,
        after: { ...anchor, ...fields },
      },
      ...addedHopEntries(actorId, article.workspaceId, claimId, prepared.ids, hops),
    ]);
    // The claim, its hops and their audit records in one statement (issue 14, lean writes). The
    // claim is written with its author (claim.create is a sourcing change), where recordAudits
    // would update it after.
    await insertTogether(tx, [
      Prisma.sql`INSERT INTO claim (id, article_id, start_offset, end_offset, exact, prefix, suffix, kind, status,
          stance, speaker_id, cue, note, primary_record, primary_record_note, last_sourcing_editor_id, anchor_version)
        VALUES (${claimId}::uuid, ${input.articleId}::uuid, ${anchor.start}, ${anchor.end}, ${anchor.exact},
          ${anchor.prefix}, ${anchor.suffix}, ${input.kind}::text::"ClaimKind", ${input.status}::text::"ClaimStatus",
          ${input.stance}::text::"ClaimStance", ${input.speakerId}::uuid, ${input.cue}, ${input.note},
          ${input.primaryRecord}::text::"PrimaryRecord", ${input.primaryRecordNote}, ${actorId}::uuid,
          ${article.version}::integer)`,
      prepared.insert,
      audits,
    ]);
    return { id: claimId, version: 1 };
  });
}

export async function updateClaim(
  db: Db,
  actorId: string,
  input: Partial<ClaimFields> & { claimId: string; version: number },
) {
  return db.$transaction(async (tx) => {
    const before = await tx.claim.findUnique({
      where: { id: input.claimId },
      select: { ...auditedFields, article: { select: { workspaceId: true } } },
    });
    if (!before) throw new AppError("NOT_FOUND", `no claim ${input.claimId}`);
    const version = await bumpClaimVersion(tx, input.claimId, input.version);
    if (input.speakerId !== undefined)
      await checkSourceInWorkspace(tx, input.speakerId, before.article.workspaceId, "speaker");
    const { claimId, version: _read, ...changes } = input;
    const after = await tx.claim.update({ where: { id: claimId }, data: changes, select: auditedFields });
    const { article, ...beforeFields } = before;
    await recordAudit(tx, {
      workspaceId: article.workspaceId,
      actorId,
      action: "claim.update",
      entityType: "claim",
      entityId: claimId,
      before: beforeFields,
      after,
    });
    return { id: claimId, version };
  });
}

/** Deletes the claim, keeping all of it in the audit record; returns that record's id for an undo. */
export async function deleteClaim(
  db: Db,
  actorId: string,
  claimId: string,
  version: number,
): Promise<{ eventId: string }> {
  return db.$transaction(async (tx) => {
    const workspace = await tx.claim.findUnique({
      where: { id: claimId },
      select: { article: { select: { workspaceId: true } } },
    });
    if (!workspace) throw new AppError("NOT_FOUND", `no claim ${claimId}`);
    await bumpClaimVersion(tx, claimId, version);
    const row = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: claimSnapshotSelect });
    const captureIds = await detachCaptures(
      tx,
      row.hops.map((hop) => hop.id),
    );
    await tx.claim.delete({ where: { id: claimId } });
    const eventId = await recordAudit(tx, {
      workspaceId: workspace.article.workspaceId,
      actorId,
      action: "claim.delete",
      entityType: "claim",
      entityId: claimId,
      before: snapshotClaim(row, captureIds),
    });
    return { eventId };
  });
}

export async function checkSourceInWorkspace(
  tx: Prisma.TransactionClient,
  sourceId: string | null,
  workspaceId: string,
  role: string,
): Promise<void> {
  if (sourceId === null) return;
  const source = await tx.source.findUnique({
    where: { id: sourceId },
    select: { workspaceId: true, name: true, mergedInto: { select: { name: true } } },
  });
  if (!source || source.workspaceId !== workspaceId)
    throw new AppError("INVALID", `the ${role} ${sourceId} is not a source of this workspace; pick or create it first`);
  if (source.mergedInto)
    throw new AppError(
      "INVALID",
      `${source.name} was merged into ${source.mergedInto.name}; pick ${source.mergedInto.name} instead`,
    );
}
