// "Send the mail again" for an address that has not confirmed yet (a lost, expired or used
// link). The answer is the same for every address, like sign-up's, and it is limited like
// sign-up: the client's attempts (attempt-limits.ts) and the mails to one address (sign-up-mail-limits.ts).
import type { Db } from "@/server/database/open-database";
import { env } from "@/server/env";
import { sendMail } from "@/server/mail/send-mail";
import { confirmationMail, existingAccountMail } from "@/server/mail/sign-up-mail";
import { countSignUpMail } from "../limits/sign-up-mail-limits";
import type { AttemptOrigin } from "./accounts";
import { countAuthAttempt } from "./attempt-limits";
import { issueEmailConfirmation } from "./email-confirmations";

/**
 * Mails `email` a fresh confirmation link when it has an account waiting for confirmation (it
 * confirms with the password of any of the newest pending sign-ups; earlier links keep working); word that it is confirmed already, to sign in, when it has a
 * confirmed one; nothing when it has none.
 * @throws AppError RATE_LIMITED past the client's attempts or the address's sign-up mails (3 within 10 minutes, 6 within 24 hours: sign-up-mail-limits.ts).
 */
export async function resendConfirmation(db: Db, email: string, origin: AttemptOrigin): Promise<void> {
  await countAuthAttempt(db, origin.client);
  await countSignUpMail(db, email);
  const linkBase = origin.linkBase ?? env().publicUrl;
  const mail = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email },
      select: { id: true, email: true, emailConfirmedAt: true },
    });
    if (!user) return null;
    if (user.emailConfirmedAt) return existingAccountMail({ to: user.email, linkBase });
    const token = await issueEmailConfirmation(tx, user.id, null);
    return confirmationMail({ to: user.email, name: null, token, linkBase });
  });
  if (mail) void sendMail(mail);
}
