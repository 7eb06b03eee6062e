// Confirming an address (issue 13, "Enumeration"): sign-up mails a link holding a random token;
// only its SHA-256 is stored, it expires after 24 hours and works once. Opening the link (GET)
// only shows a button: a mail scanner that follows links must not use the token up, so the
// confirmation itself is a POST (auth.confirmEmail), with the password chosen at sign-up. Each
// sign-up is kept apart with its own name and password (pending-sign-ups.ts) and its link
// confirms with that password only: a stranger who signed up with someone's address (before or
// after its owner) neither replaces the owner's password nor can have the owner confirm the
// stranger's, and a link pressed by someone else signs nobody into the stranger's account.
// Confirming sets the account's email_confirmed_at with that sign-up's name and password, ends
// its other links and sign-ups, and makes the first confirmed account owner of the unowned
// workspaces (first-owner.ts), in one transaction with its audit records.
import { randomBytes } from "node:crypto";
import type { ConfirmEmailInput } from "@/lib/auth/schemas";
import { AppError } from "@/lib/errors";
import type { Db } from "@/server/database/open-database";
import type { Prisma } from "@/server/database/prisma";
import { recordAudit } from "../audit/record-audit";
import type { AttemptOrigin } from "./accounts";
import { countAuthAttempt } from "./attempt-limits";
import { ACCOUNTS_LOCK_KEY, claimOwnerlessWorkspaces } from "./first-owner";
import { pendingSignUpWithPassword } from "./pending-sign-ups";
import { hashToken } from "./sessions";

const CONFIRMATION_HOURS = 24;

/** The one answer for a link that is unknown, expired or used: they are not told apart. */
const CONFIRMATION_LINK_INVALID =
  "this confirmation link is expired, used already or unknown; ask for a new mail below";

/**
 * A new link for `userId` inside the caller's transaction: for the pending sign-up
 * `pendingSignUpId` (it confirms with that sign-up's password), or, when null, a link sent again
 * on request (it confirms with the password of any of the newest pending sign-ups). Earlier links
 * keep working until they expire, so nobody else's sign-up or request ends the owner's; expired
 * ones are removed here. @returns the token, to be mailed and never stored.
 */
export async function issueEmailConfirmation(
  tx: Prisma.TransactionClient,
  userId: string,
  pendingSignUpId: string | null,
  now = new Date(),
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.emailConfirmation.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  await tx.emailConfirmation.create({
    data: {
      userId,
      pendingSignUpId,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + CONFIRMATION_HOURS * 60 * 60 * 1000),
    },
  });
  return token;
}

/** The address `token` would confirm now, or null (the page opened by the link asks; nothing is written). */
export async function pendingConfirmationAddress(db: Db, token: string, now = new Date()): Promise<string | null> {
  const row = await db.emailConfirmation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { expiresAt: true, user: { select: { email: true } } },
  });
  return row && row.expiresAt > now ? row.user.email : null;
}

const NOT_THE_SIGN_UP_PASSWORD =
  "this is not the password chosen when signing up with this address: enter that one, or sign up again to choose a new one (its mail then holds a new link)";

/**
 * Confirms the address `input.token` was mailed to, when `input.password` is the one chosen at
 * the sign-up the link was mailed for (for a link sent again on request: at one of the newest
 * pending sign-ups), and returns its account, which takes that sign-up's name and password. The
 * password is checked before the transaction opens (hashing is long CPU work); the transaction
 * then finds the token and that sign-up still there, or refuses.
 * @throws AppError NOT_FOUND (CONFIRMATION_LINK_INVALID) for an unknown, expired or used token;
 * UNAUTHORIZED for another password (the link keeps working); RATE_LIMITED past the client's
 * attempts (attempt-limits.ts).
 */
export async function confirmEmail(
  db: Db,
  input: ConfirmEmailInput,
  origin: AttemptOrigin = { client: null },
  now = new Date(),
): Promise<{ id: string; email: string; name: string; ownsWorkspaces: string[] }> {
  await countAuthAttempt(db, origin.client);
  const token = input.token;
  const pending = await db.emailConfirmation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      expiresAt: true,
      userId: true,
      pendingSignUp: { select: { id: true, name: true, passwordHash: true } },
    },
  });
  if (!pending || pending.expiresAt <= now) throw new AppError("NOT_FOUND", CONFIRMATION_LINK_INVALID);
  const signUp = await pendingSignUpWithPassword(db, pending.userId, input.password, pending.pendingSignUp);
  if (!signUp) throw new AppError("UNAUTHORIZED", NOT_THE_SIGN_UP_PASSWORD);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ACCOUNTS_LOCK_KEY})`;
    const row = await tx.emailConfirmation.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { id: true, expiresAt: true, userId: true },
    });
    if (!row || row.expiresAt <= now) throw new AppError("NOT_FOUND", CONFIRMATION_LINK_INVALID);
    // The sign-up was dropped between the check and now (newer ones pushed it out).
    if (!(await tx.pendingSignUp.findUnique({ where: { id: signUp.id }, select: { id: true } })))
      throw new AppError("UNAUTHORIZED", NOT_THE_SIGN_UP_PASSWORD);
    // Of two confirmations with one token, only the one that deletes the row goes on.
    const { count } = await tx.emailConfirmation.deleteMany({ where: { id: row.id } });
    if (count === 0) throw new AppError("NOT_FOUND", CONFIRMATION_LINK_INVALID);
    await tx.emailConfirmation.deleteMany({ where: { userId: row.userId } });
    await tx.pendingSignUp.deleteMany({ where: { userId: row.userId } });
    const user = await tx.user.update({
      where: { id: row.userId },
      data: { emailConfirmedAt: now, name: signUp.name, passwordHash: signUp.passwordHash },
      select: { id: true, email: true, name: true },
    });
    await recordAudit(tx, {
      workspaceId: null,
      actorId: user.id,
      action: "user.confirm_email",
      entityType: "user",
      entityId: user.id,
      after: { email: user.email, name: user.name },
    });
    const ownsWorkspaces = await claimOwnerlessWorkspaces(tx, user.id);
    return { ...user, ownsWorkspaces };
  });
}
