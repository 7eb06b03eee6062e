// Finds the workspace a procedure's input acts on, so authorization can check the caller's
// role there before the procedure runs. Each resolver reads one id field of the raw input.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Db } from "@/server/database/open-database";

export type WorkspaceResolver = (db: Db, rawInput: unknown) => Promise<string | null>;

function idField(field: string, raw: unknown): string {
  const parsed = z.object({ [field]: z.string().uuid(`${field} must be a UUID`) }).safeParse(raw);
  if (!parsed.success)
    throw new TRPCError({ code: "BAD_REQUEST", message: parsed.error.issues[0]?.message ?? `${field} is required` });
  return parsed.data[field] as string;
}

export const byWorkspaceId: WorkspaceResolver = async (db, raw) =>
  (await db.workspace.findUnique({ where: { id: idField("workspaceId", raw) }, select: { id: true } }))?.id ?? null;

export const byArticleId: WorkspaceResolver = async (db, raw) =>
  (await db.article.findUnique({ where: { id: idField("articleId", raw) }, select: { workspaceId: true } }))
    ?.workspaceId ?? null;

export const byClaimId: WorkspaceResolver = async (db, raw) =>
  (
    await db.claim.findUnique({
      where: { id: idField("claimId", raw) },
      select: { article: { select: { workspaceId: true } } },
    })
  )?.article.workspaceId ?? null;

export const bySourceId: WorkspaceResolver = async (db, raw) =>
  (await db.source.findUnique({ where: { id: idField("sourceId", raw) }, select: { workspaceId: true } }))
    ?.workspaceId ?? null;

export const byHopId: WorkspaceResolver = async (db, raw) =>
  (
    await db.hop.findUnique({
      where: { id: idField("hopId", raw) },
      select: { claim: { select: { article: { select: { workspaceId: true } } } } },
    })
  )?.claim.article.workspaceId ?? null;

/** An audited change, for undoing it: the workspace the change was made in. */
export const byAuditEventId: WorkspaceResolver = async (db, raw) =>
  (await db.auditEvent.findUnique({ where: { id: idField("eventId", raw) }, select: { workspaceId: true } }))
    ?.workspaceId ?? null;

export const byInvitationId: WorkspaceResolver = async (db, raw) =>
  (await db.invitation.findUnique({ where: { id: idField("invitationId", raw) }, select: { workspaceId: true } }))
    ?.workspaceId ?? null;
