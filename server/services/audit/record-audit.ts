// Audit records are written with the change, inside the same transaction. A change to a claim's
// sourcing also records, on the claim, who made it: the review workflow reads that column
// instead of scanning the claim's history. Each record also tells the public pages' cache that
// they may have changed (server/cache/public-changes.ts).
import { type AuditAction, isSourcingChange } from "@/lib/audit/audit-action";
import { notePublicChange } from "@/server/cache/public-changes";
import { bulkInsertStatement } from "@/server/database/bulk-insert";
import type { Prisma } from "@/server/database/prisma";
import { AUDIT_EVENT_COLUMNS } from "@/server/database/table-columns";

export type AuditEntry = {
  workspaceId: string | null;
  actorId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/** Returns the new event's id (a delete names it so that it can be undone). */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<string> {
  const event = await tx.auditEvent.create({
    data: {
      workspaceId: entry.workspaceId,
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
    select: { id: true },
  });
  // Only people count: a change the system made does not make anyone its author.
  if (entry.entityType === "claim" && entry.actorId && isSourcingChange(entry.action))
    await tx.claim.updateMany({ where: { id: entry.entityId }, data: { lastSourcingEditorId: entry.actorId } });
  notePublicChange(entry.action, entry.workspaceId);
  return event.id;
}

/**
 * Several records of one write in two statements at most, whatever their number: the records
 * (one multi-row INSERT, bulk-insert.ts), and the authorship of the claims whose sourcing they
 * change (as recordAudit does one by one). `authorshipWritten`: the write already set each such
 * claim's last sourcing editor to the entry's actor (a claim inserted with it), so no UPDATE.
 */
export async function recordAudits(
  tx: Prisma.TransactionClient,
  entries: readonly AuditEntry[],
  options: { authorshipWritten?: boolean } = {},
): Promise<void> {
  if (entries.length === 0) return;
  await tx.$executeRaw(auditInsert(entries));
  const authors = new Map<string, Set<string>>();
  if (!options.authorshipWritten)
    for (const entry of entries)
      if (entry.entityType === "claim" && entry.actorId && isSourcingChange(entry.action))
        authors.set(entry.actorId, (authors.get(entry.actorId) ?? new Set()).add(entry.entityId));
  for (const [actorId, claimIds] of authors)
    await tx.claim.updateMany({ where: { id: { in: [...claimIds] } }, data: { lastSourcingEditorId: actorId } });
}

/**
 * The INSERT of several records of one write (not run), for a write that sends it in one statement
 * with its own rows (a data-modifying `WITH`) inside its transaction. Tells the public pages'
 * cache now, as recordAudits does. The write must set the authorship of the claims whose sourcing
 * the records change itself (recordAudits' `authorshipWritten`).
 */
export function auditInsert(entries: readonly AuditEntry[]): Prisma.Sql {
  const insert = bulkInsertStatement(
    "audit_event",
    { ...AUDIT_EVENT_COLUMNS, before: "jsonb" },
    entries.map((entry) => ({
      workspace_id: entry.workspaceId,
      actor_id: entry.actorId,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      after: entry.after == null ? null : JSON.stringify(entry.after),
      before: entry.before == null ? null : JSON.stringify(entry.before),
    })),
  );
  for (const entry of entries) notePublicChange(entry.action, entry.workspaceId);
  return insert;
}
