// API tokens: what a CMS or a script sends to the revisions webhook as a person. Only a SHA-256 of
// the token is stored and the token is shown once, at creation. A token may be scoped to one
// workspace: it then acts only there, and elsewhere gets the answer a missing item gets. Tokens
// carry a prefix so that the webhook accepts only them and cookies never do: a leaked CMS token
// is not a browser login. They last 90 days (a year before issue 13), so a forgotten one stops
// working on its own.
import { randomBytes } from "node:crypto";
import { type ApiTokenListing, type CreateApiTokenInput, MAX_API_TOKENS } from "@/lib/auth/api-token-schemas";
import { AppError, NOT_YOURS_MESSAGE } from "@/lib/errors";
import type { Db } from "@/server/database/open-database";
import { recordAudit } from "../audit/record-audit";
import { API_TOKEN_PREFIX, hashToken, type SessionUser } from "./sessions";

const API_TOKEN_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Makes a token for `userId`, scoped to `input.workspaceId` when given.
 * @throws AppError NOT_FOUND when the person is not a member of that workspace (the answer for a
 *   missing one); CONFLICT past MAX_API_TOKENS live tokens.
 */
export async function createApiToken(
  db: Db,
  userId: string,
  input: CreateApiTokenInput,
): Promise<{ id: string; token: string; expiresAt: Date }> {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const expiresAt = new Date(Date.now() + API_TOKEN_DAYS * DAY_MS);
  return db.$transaction(async (tx) => {
    if (input.workspaceId) {
      const membership = await tx.membership.findUnique({
        where: { workspaceId_userId: { workspaceId: input.workspaceId, userId } },
        select: { id: true },
      });
      if (!membership) throw new AppError("NOT_FOUND", NOT_YOURS_MESSAGE);
    }
    const live = await tx.apiToken.count({ where: { userId, expiresAt: { gt: new Date() } } });
    if (live >= MAX_API_TOKENS)
      throw new AppError("CONFLICT", `you have ${live} API tokens, the most one person may hold; revoke one first`);
    const created = await tx.apiToken.create({
      data: {
        userId,
        workspaceId: input.workspaceId ?? null,
        name: input.name,
        tokenHash: hashToken(token),
        expiresAt,
      },
      select: { id: true },
    });
    // A token is the person's, not the workspace's: its record stays out of workspace histories.
    await recordAudit(tx, {
      workspaceId: null,
      actorId: userId,
      action: "api_token.create",
      entityType: "api_token",
      entityId: created.id,
      after: { name: input.name, workspaceId: input.workspaceId ?? null, expiresAt: expiresAt.toISOString() },
    });
    return { id: created.id, token, expiresAt };
  });
}

/** The person's tokens, newest first, expired ones included until revoked. */
export async function listApiTokens(db: Db, userId: string): Promise<ApiTokenListing[]> {
  const tokens = await db.apiToken.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: MAX_API_TOKENS * 5,
    select: {
      id: true,
      name: true,
      createdAt: true,
      lastUsedAt: true,
      expiresAt: true,
      workspace: { select: { id: true, name: true } },
    },
  });
  return tokens.map((token) => ({
    id: token.id,
    name: token.name,
    workspace: token.workspace,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    expiresAt: token.expiresAt.toISOString(),
  }));
}

/**
 * Revokes one of the person's tokens, with its audit record.
 * @throws AppError NOT_FOUND when the token is not theirs or no longer exists.
 */
export async function revokeApiToken(db: Db, userId: string, tokenId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({
      where: { id: tokenId, userId },
      select: { id: true, name: true, workspaceId: true },
    });
    if (!token) throw new AppError("NOT_FOUND", NOT_YOURS_MESSAGE);
    await tx.apiToken.delete({ where: { id: token.id } });
    await recordAudit(tx, {
      workspaceId: null,
      actorId: userId,
      action: "api_token.revoke",
      entityType: "api_token",
      entityId: token.id,
      before: { name: token.name, workspaceId: token.workspaceId },
    });
  });
}

/**
 * The person an integration's Bearer token names, with the token's workspace scope, or null for
 * anything else (a browser session, an unknown, revoked or expired token). Records the use.
 */
export async function readApiToken(db: Db, token: string | undefined | null): Promise<SessionUser | null> {
  if (!token?.startsWith(API_TOKEN_PREFIX) || token.length > 100) return null;
  const found = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, expiresAt: true, workspaceId: true, user: { select: { id: true, email: true, name: true } } },
  });
  if (!found || found.expiresAt <= new Date()) return null;
  await db.apiToken.updateMany({ where: { id: found.id }, data: { lastUsedAt: new Date() } });
  const user = { userId: found.user.id, email: found.user.email, name: found.user.name };
  return found.workspaceId ? { ...user, workspaceScope: found.workspaceId } : user;
}
