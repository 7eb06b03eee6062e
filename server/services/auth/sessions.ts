// Login sessions in the database. The cookie carries a random token; only its SHA-256 is
// stored, so a leaked database does not leak usable sessions.
import { createHash, randomBytes } from "node:crypto";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import type { Db } from "@/server/database/open-database";
import { recordAudit } from "../audit/record-audit";

/**
 * Who is signed in: by a browser session, or by an API token on the CMS webhook. A token scoped
 * to one workspace carries it as `workspaceScope`; the procedure builders refuse every other one.
 */
export type SessionUser = { userId: string; email: string; name: string; workspaceScope?: string };

export { SESSION_COOKIE };

const SESSION_DAYS = 30;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** API tokens (api-tokens.ts) begin with this, so a browser session cookie never accepts one. */
export const API_TOKEN_PREFIX = "ctk_";

export async function createSession(db: Db, userId: string): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 60 * 60 * 1000);
  await db.session.create({ data: { userId, tokenHash: hashToken(token), expiresAt } });
  return { token, expiresAt };
}

/** The user a browser session cookie names; API tokens are refused here. */
export async function readSession(db: Db, token: string | undefined | null): Promise<SessionUser | null> {
  if (!token || token.startsWith(API_TOKEN_PREFIX)) return null;
  return readToken(db, token);
}

// One statement (Prisma would read the session, then its user): every signed-in page and API
// call starts with it.
async function readToken(db: Db, token: string): Promise<SessionUser | null> {
  if (token.length > 100) return null;
  const [user] = await db.$queryRaw<SessionUser[]>`
    SELECT u.id AS "userId", u.email, u.name
    FROM session s JOIN app_user u ON u.id = s.user_id
    WHERE s.token_hash = ${hashToken(token)} AND s.expires_at > ${new Date()}`;
  return user ? { userId: user.userId, email: user.email, name: user.name } : null;
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}

/**
 * Ends every session of a user, on every device, and revokes their API tokens (one transaction,
 * with its audit record): what to do when a password or a token may have leaked.
 * @returns how many sessions and tokens were ended.
 */
export async function endAllSessions(db: Db, userId: string): Promise<number> {
  return db.$transaction(async (tx) => {
    const sessions = await tx.session.deleteMany({ where: { userId } });
    const tokens = await tx.apiToken.deleteMany({ where: { userId } });
    const count = sessions.count + tokens.count;
    await recordAudit(tx, {
      workspaceId: null,
      actorId: userId,
      action: "user.sign_out_everywhere",
      entityType: "user",
      entityId: userId,
      after: { ended: count },
    });
    return count;
  });
}

export function sessionCookie(token: string, expiresAt: Date, secure: boolean): string {
  const attributes = [
    `${SESSION_COOKIE}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Expires=${expiresAt.toUTCString()}`,
  ];
  if (secure) attributes.push("Secure");
  return attributes.join("; ");
}

export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure ? "; Secure" : ""}`;
}

export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return null;
}

export function readBearerToken(header: string | null): string | null {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match ? match[1]! : null;
}
