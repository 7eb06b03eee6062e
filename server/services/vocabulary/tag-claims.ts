// Tagging claims with the workspace's claim tags. Tags classify a claim; they are not part of
// its sourcing, so they neither bump the claim's version nor count as a sourcing change for
// review (lib/audit/audit-action.ts isSourcingChange).
import { AppError } from "@/lib/errors";
import type { TagRef } from "@/lib/review/schemas";
import type { Db } from "@/server/database/open-database";
import type { Prisma } from "@/server/database/prisma";
import { recordAudit } from "../audit/record-audit";

export async function tagClaim(db: Db, actorId: string, claimId: string, termId: string) {
  return db.$transaction(async (tx) => {
    const { workspaceId, term } = await findTag(tx, claimId, termId);
    const existing = await tx.claimTag.findUnique({
      where: { claimId_termId: { claimId, termId } },
      select: { termId: true },
    });
    if (!existing) {
      await tx.claimTag.create({ data: { claimId, termId } });
      await recordAudit(tx, {
        workspaceId,
        actorId,
        action: "tag.add",
        entityType: "claim",
        entityId: claimId,
        after: { termId, label: term.label },
      });
    }
    return { claimId, tags: await tagsOf(tx, claimId) };
  });
}

export async function untagClaim(db: Db, actorId: string, claimId: string, termId: string) {
  return db.$transaction(async (tx) => {
    const { workspaceId, term } = await findTag(tx, claimId, termId);
    const { count } = await tx.claimTag.deleteMany({ where: { claimId, termId } });
    if (count > 0)
      await recordAudit(tx, {
        workspaceId,
        actorId,
        action: "tag.remove",
        entityType: "claim",
        entityId: claimId,
        before: { termId, label: term.label },
      });
    return { claimId, tags: await tagsOf(tx, claimId) };
  });
}

async function findTag(tx: Prisma.TransactionClient, claimId: string, termId: string) {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: { article: { select: { workspaceId: true } } },
  });
  if (!claim) throw new AppError("NOT_FOUND", `no claim ${claimId}; it may have been deleted`);
  const term = await tx.workspaceTerm.findUnique({
    where: { id: termId },
    select: { workspaceId: true, kind: true, label: true },
  });
  if (!term || term.workspaceId !== claim.article.workspaceId || term.kind !== "CLAIM_TAG") {
    throw new AppError(
      "INVALID",
      `the term ${termId} is not a claim tag of this workspace; add the tag on the workspace's settings page first`,
    );
  }
  return { workspaceId: claim.article.workspaceId, term };
}

async function tagsOf(tx: Prisma.TransactionClient, claimId: string): Promise<TagRef[]> {
  return (await readTags(tx, [claimId])).get(claimId) ?? [];
}

/** The tags of each claim, by label, in one query. */
export async function readTags(
  db: Db | Prisma.TransactionClient,
  claimIds: readonly string[],
): Promise<Map<string, TagRef[]>> {
  const tags = new Map<string, TagRef[]>();
  if (claimIds.length === 0) return tags;
  const rows = await db.claimTag.findMany({
    where: { claimId: { in: [...claimIds] } },
    orderBy: [{ term: { label: "asc" } }],
    select: { claimId: true, term: { select: { id: true, term: true, label: true } } },
  });
  for (const row of rows) tags.set(row.claimId, [...(tags.get(row.claimId) ?? []), row.term]);
  return tags;
}
