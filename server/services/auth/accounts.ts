// Sign-up and sign-in. Sign-up answers every address alike (issue 13, "Enumeration"): the
// same "check your mail" after the same work (the password is hashed either way); what happened
// is told only to the address, by mail (server/mail/sign-up-mail.ts). A new account signs in once
// its address is confirmed (email-confirmations.ts); the first confirmed account owns the
// workspaces nobody owns yet (first-owner.ts).
import { safeNextPath } from "@/lib/auth/safe-next-path";
import type { SignInInput, SignUpInput } from "@/lib/auth/schemas";
import { AppError } from "@/lib/errors";
import type { Db } from "@/server/database/open-database";
import { env } from "@/server/env";
import { sendMail } from "@/server/mail/send-mail";
import { confirmationMail, existingAccountMail } from "@/server/mail/sign-up-mail";
import { recordAudit } from "../audit/record-audit";
import { countSignUpMail } from "../limits/sign-up-mail-limits";
import { clearSignInFailures, countAuthAttempt, recordSignInFailure, refuseLockedAccount } from "./attempt-limits";
import { issueEmailConfirmation } from "./email-confirmations";
import { ACCOUNTS_LOCK_KEY } from "./first-owner";
import { hashPassword, verifyPassword } from "./passwords";
import { recordPendingSignUp } from "./pending-sign-ups";

export type Account = { id: string; email: string; name: string };

// A hash to verify against when the email is unknown, so both paths take the same time.
const UNKNOWN_USER_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$MDzWaPrSZFxiftndn4aOqw$tCiZubYN6abdDXJ3BSUGcemcFtLM6Hs2jCDQk/ZI42s";

/** What sign-up answers, whatever the address. */
export const CHECK_YOUR_MAIL_TO_CONFIRM =
  "check your mail: we sent a link to confirm this address (if the address has an account already, the mail says so instead)";

const CONFIRM_FIRST =
  "confirm your address first: open the link we mailed to it when you signed up, or have the mail sent again below";

/**
 * Where an attempt came from: the client's address over HTTP, null otherwise (attempt-limits.ts);
 * and the base of links in the mail it causes (sign-up-mail.ts), null when none is safe to use.
 */
export type AttemptOrigin = { client: string | null; linkBase?: string | null };

/**
 * Signs up: a new address gets an account waiting for confirmation and its link by mail; an
 * address whose account still waits gets one more pending sign-up with this name and password and
 * its own link (earlier sign-ups and their links are kept while the links work: only the
 * address's owner receives links, and each confirms with its own sign-up's password,
 * pending-sign-ups.ts); an address with
 * a confirmed account is only mailed that someone tried, and its account is not changed. The
 * answer is the same in every case.
 * @throws AppError RATE_LIMITED past the client's attempts or the address's sign-up mails (3 within 10 minutes, 6 within 24 hours: sign-up-mail-limits.ts).
 */
export async function signUp(db: Db, input: SignUpInput, origin: AttemptOrigin = { client: null }): Promise<void> {
  await countAuthAttempt(db, origin.client);
  await countSignUpMail(db, input.email);
  const passwordHash = await hashPassword(input.password);
  const linkBase = origin.linkBase ?? env().publicUrl;
  const mail = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ACCOUNTS_LOCK_KEY})`;
    const existing = await tx.user.findUnique({
      where: { email: input.email },
      select: { id: true, email: true, emailConfirmedAt: true },
    });
    if (existing?.emailConfirmedAt) return existingAccountMail({ to: input.email, linkBase });
    // A waiting account's own name and password are the newest sign-up's, for sign-in's "confirm
    // your address first" only (one password check, as for any address); confirming takes the
    // name and password of the sign-up it confirms, whichever that is.
    const data = { email: input.email, name: input.name, passwordHash };
    const select = { id: true, email: true } as const;
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data, select })
      : await tx.user.create({ data, select });
    const pendingSignUpId = await recordPendingSignUp(tx, user.id, { name: input.name, passwordHash });
    await recordAudit(tx, {
      workspaceId: null,
      actorId: user.id,
      action: "user.sign_up",
      entityType: "user",
      entityId: user.id,
      after: { email: user.email, name: input.name },
    });
    const token = await issueEmailConfirmation(tx, user.id, pendingSignUpId);
    const next = input.next ? safeNextPath(input.next) : null;
    return confirmationMail({ to: user.email, name: input.name, token, linkBase, next });
  });
  // Not awaited: the answer never waits on, or varies with, the mail server.
  void sendMail(mail);
}

/** @throws AppError UNAUTHORIZED for a wrong email or password; FORBIDDEN for an account not confirmed yet; RATE_LIMITED while locked or past the client's attempts. */
export async function signIn(db: Db, input: SignInInput, origin: AttemptOrigin = { client: null }): Promise<Account> {
  await countAuthAttempt(db, origin.client);
  await refuseLockedAccount(db, input.email, origin.client);
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, name: true, passwordHash: true, emailConfirmedAt: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? UNKNOWN_USER_HASH, input.password);
  if (!user?.passwordHash || !valid) {
    await recordSignInFailure(db, input.email, origin.client);
    throw new AppError("UNAUTHORIZED", "wrong email or password");
  }
  // Said only to whoever knows the password: it tells no more than sign-up does.
  if (!user.emailConfirmedAt) throw new AppError("FORBIDDEN", CONFIRM_FIRST);
  await clearSignInFailures(db, input.email, origin.client);
  return { id: user.id, email: user.email, name: user.name };
}
