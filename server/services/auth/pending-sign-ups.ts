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
 * How long a pending sign-up is kept: as long as the link mailed for it works
 * (email-confirmations.ts), so nobody else's sign-ups can end the owner's while its link works.
 * Older ones are removed at the address's next sign-up. How many an address can have is bounded
 * by the sign-up mails it may be sent (5 an hour, sign-up-mail-limits.ts).
 */
export const PENDING_SIGN_UP_HOURS = 24;

/**
 * The pending sign-ups a link sent again on request confirms with: the newest few, so that
 * confirming costs at most this many password checks (argon2id, each tens of milliseconds).
 */
const PENDING_SIGN_UPS_CHECKED = 5;

export type PendingSignUp = { id: string; name: string; passwordHash: string };

/**
 * Records a sign-up for the waiting account `userId` inside the caller's transaction, removing
 * its sign-ups older than PENDING_SIGN_UP_HOURS (with their links, expired by then).
 * @returns its id, for the link mailed for it.
 */
export async function recordPendingSignUp(
  tx: Prisma.TransactionClient,
  userId: string,
  signUp: { name: string; passwordHash: string },
  now = new Date(),
): Promise<string> {
  const before = new Date(now.getTime() - PENDING_SIGN_UP_HOURS * 60 * 60 * 1000);
  await tx.pendingSignUp.deleteMany({ where: { userId, createdAt: { lte: before } } });
  const { id } = await tx.pendingSignUp.create({
    data: { userId, ...signUp, createdAt: now },
    select: { id: true },
  });
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
