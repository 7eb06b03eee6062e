// Finds the workspace a procedure's input acts on, so authorization can check the caller's
// role there before the procedure runs. Each resolver reads one id field of the raw input and
// gives the query that finds its workspace (one row, column `workspace_id`); the procedure
// builders read it together with the caller's membership, in one statement (init.ts).
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { Prisma } from "@/server/database/prisma";

/** The query of the workspace `rawInput` acts on. Throws BAD_REQUEST when its id field is missing or not a UUID. */
export type WorkspaceResolver = (rawInput: unknown) => Prisma.Sql;

function idField(field: string, raw: unknown): string {
  const parsed = z.object({ [field]: z.string().uuid(`${field} must be a UUID`) }).safeParse(raw);
  if (!parsed.success)
    throw new TRPCError({ code: "BAD_REQUEST", message: parsed.error.issues[0]?.message ?? `${field} is required` });
  return parsed.data[field] as string;
}

export const byWorkspaceId: WorkspaceResolver = (raw) =>
  Prisma.sql`SELECT id AS workspace_id FROM workspace WHERE id = ${idField("workspaceId", raw)}::uuid`;

export const byArticleId: WorkspaceResolver = (raw) =>
  Prisma.sql`SELECT workspace_id FROM article WHERE id = ${idField("articleId", raw)}::uuid`;

export const byClaimId: WorkspaceResolver = (raw) =>
  Prisma.sql`SELECT a.workspace_id FROM claim c JOIN article a ON a.id = c.article_id
    WHERE c.id = ${idField("claimId", raw)}::uuid`;

export const bySourceId: WorkspaceResolver = (raw) =>
  Prisma.sql`SELECT workspace_id FROM source WHERE id = ${idField("sourceId", raw)}::uuid`;

export const byHopId: WorkspaceResolver = (raw) =>
  Prisma.sql`SELECT a.workspace_id FROM hop h JOIN claim c ON c.id = h.claim_id JOIN article a ON a.id = c.article_id
    WHERE h.id = ${idField("hopId", raw)}::uuid`;

/** An audited change, for undoing it: the workspace the change was made in. */
export const byAuditEventId: WorkspaceResolver = (raw) =>
  Prisma.sql`SELECT workspace_id FROM audit_event WHERE id = ${idField("eventId", raw)}::uuid`;

export const byInvitationId: WorkspaceResolver = (raw) =>
  Prisma.sql`SELECT workspace_id FROM invitation WHERE id = ${idField("invitationId", raw)}::uuid`;
