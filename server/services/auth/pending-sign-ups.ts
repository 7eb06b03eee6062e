// The sign-ups with an address whose account is not confirmed yet (issue 13, "Enumeration"). Each
// is kept with the name and password it chose, and its link confirms with that password only, so
// a stranger who signs up with someone's address (before or after them) replaces nothing: the
// owner's own link and password keep working, and the stranger never sees a link. Confirming
// gives the account the name and password of the sign-up whose password was given, and ends the
// others (email-confirmations.ts).
import type { Db } from "@/server/database/open-database";
import type { Prisma } from "@/server/database/prisma";
import { verifyPassword } from "./passwords";

/**
 * Pending sign-ups kept per address, newest first; an older one is dropped, with its link. The
 * sign-up mails to one address are limited to 5 an hour (sign-up-mail-limits.ts), so filling
 * these takes a stranger two hours of that address's whole mail allowance.
 */
export const PENDING_SIGN_UPS_KEPT = 10;

/**
 * The pending sign-ups a link sent again on request confirms with: the newest few, so that
 * confirming costs at most this many password checks (argon2id, each tens of milliseconds).
 */
const PENDING_SIGN_UPS_CHECKED = 5;

export type PendingSignUp = { id: string; name: string; passwordHash: string };

/**
 * Records a sign-up for the waiting account `userId` inside the caller's transaction, dropping
 * sign-ups past the newest PENDING_SIGN_UPS_KEPT. @returns its id, for the link mailed for it.
 */
export async function recordPendingSignUp(
  tx: Prisma.TransactionClient,
  userId: string,
  signUp: { name: string; passwordHash: string },
): Promise<string> {
  const { id } = await tx.pendingSignUp.create({ data: { userId, ...signUp }, select: { id: true } });
  const older = await tx.pendingSignUp.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: PENDING_SIGN_UPS_KEPT,
    select: { id: true },
  });
  if (older.length) await tx.pendingSignUp.deleteMany({ where: { id: { in: older.map((row) => row.id) } } });
  return id;
}

/**
 * The pending sign-up of `userId` whose password is `password`: `only` when given (a link mailed
 * for one sign-up), else among the newest PENDING_SIGN_UPS_CHECKED. Checked outside any
 * transaction (hashing is long CPU work); the caller finds the row still there inside its own.
 * @returns the sign-up, or null when no checked one has that password.
 */
export async function pendingSignUpWithPassword(
  db: Db,
  userId: string,
  password: string,
  only: PendingSignUp | null,
): Promise<PendingSignUp | null> {
  const candidates = only
    ? [only]
    : await db.pendingSignUp.findMany({
        where: { userId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: PENDING_SIGN_UPS_CHECKED,
        select: { id: true, name: true, passwordHash: true },
      });
  for (const candidate of candidates) if (await verifyPassword(candidate.passwordHash, password)) return candidate;
  return null;
}
