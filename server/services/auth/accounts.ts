// Sign-up and sign-in. The first account created on a new installation becomes owner of the
// workspaces nobody owns yet (the demo newsroom), so a fresh install has someone to run it.
// Sign-up mails a link that confirms the address (email-confirmations.ts).
import type { SignInInput, SignUpInput } from "@/lib/auth/schemas";
import { AppError } from "@/lib/errors";
import type { Db } from "@/server/database/open-database";
import { env } from "@/server/env";
import { sendMail } from "@/server/mail/send-mail";
import { confirmationMail } from "@/server/mail/sign-up-mail";
import { recordAudit } from "../audit/record-audit";
import { countSignUpMail } from "../limits/sign-up-mail-limits";
import { clearSignInFailures, countAuthAttempt, recordSignInFailure, refuseLockedAccount } from "./attempt-limits";
import { issueEmailConfirmation } from "./email-confirmations";
import { ACCOUNTS_LOCK_KEY } from "./first-owner";
import { hashPassword, verifyPassword } from "./passwords";

export type Account = { id: string; email: string; name: string };

// A hash to verify against when the email is unknown, so both paths take the same time.
const UNKNOWN_USER_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$MDzWaPrSZFxiftndn4aOqw$tCiZubYN6abdDXJ3BSUGcemcFtLM6Hs2jCDQk/ZI42s";

/**
 * Where an attempt came from: the client's address over HTTP, null otherwise (attempt-limits.ts);
 * and the base of links in the mail it causes (sign-up-mail.ts), null when none is safe to use.
 */
export type AttemptOrigin = { client: string | null; linkBase?: string | null };

/** @throws AppError CONFLICT for a known email; RATE_LIMITED past the client's attempts. */
export async function signUp(db: Db, input: SignUpInput, origin: AttemptOrigin = { client: null }): Promise<Account> {
  await countAuthAttempt(db, origin.client);
  await countSignUpMail(db, input.email);
  const passwordHash = await hashPassword(input.password);
  const { user, token } = await db.$transaction(async (tx) => {
    // Sign-ups queue here, so exactly one can be the installation's first account.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ACCOUNTS_LOCK_KEY})`;
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", "an account with this email exists already; sign in instead");
    const isFirst = (await tx.user.count()) === 0;
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, passwordHash },
      select: { id: true, email: true, name: true },
    });
    await recordAudit(tx, {
      workspaceId: null,
      actorId: user.id,
      action: "user.sign_up",
      entityType: "user",
      entityId: user.id,
      after: { email: user.email, name: user.name },
    });
    if (isFirst) {
      const ownerless = await tx.workspace.findMany({
        where: { memberships: { none: { role: "OWNER" } } },
        select: { id: true },
      });
      for (const workspace of ownerless) {
        await tx.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: "OWNER" } });
        await recordAudit(tx, {
          workspaceId: workspace.id,
          actorId: user.id,
          action: "membership.first_owner",
          entityType: "membership",
          entityId: `${workspace.id}:${user.id}`,
          after: { role: "OWNER" },
        });
      }
    }
    return { user, token: await issueEmailConfirmation(tx, user.id) };
  });
  // Not awaited: the answer never waits on, or varies with, the mail server.
  void sendMail(
    confirmationMail({ to: user.email, name: user.name, token, linkBase: origin.linkBase ?? env().publicUrl }),
  );
  return user;
}

/** @throws AppError UNAUTHORIZED for a wrong email or password; RATE_LIMITED while locked or past the client's attempts. */
export async function signIn(db: Db, input: SignInInput, origin: AttemptOrigin = { client: null }): Promise<Account> {
  await countAuthAttempt(db, origin.client);
  await refuseLockedAccount(db, input.email, origin.client);
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? UNKNOWN_USER_HASH, input.password);
  if (!user?.passwordHash || !valid) {
    await recordSignInFailure(db, input.email, origin.client);
    throw new AppError("UNAUTHORIZED", "wrong email or password");
  }
  await clearSignInFailures(db, input.email, origin.client);
  return { id: user.id, email: user.email, name: user.name };
}
