// Limits on the mail sign-up sends (issue 13): each sign-up and each "send the mail again" mails
// the address given, so without a limit anyone could fill any mailbox through Claimtrail's mail
// server. Per address, 5 an hour; each client is counted too, as for sign-in (attempt-limits.ts).
// The refusal is the same whether or not the address has an account.
import type { Db } from "@/server/database/open-database";
import { limiterOf, rateLimited, takePoints, waitWords } from "./limiter-store";

const PER_ADDRESS = { name: "sign-up-mail-to-address", points: 5, seconds: 3600 };

/**
 * Counts one sign-up mail to `email`.
 * @throws AppError RATE_LIMITED past 5 an hour to one address.
 */
export async function countSignUpMail(db: Db, email: string): Promise<void> {
  const refusal = await takePoints(limiterOf(db, PER_ADDRESS), email.toLowerCase());
  if (refusal)
    throw rateLimited(
      `this address was sent ${PER_ADDRESS.points} sign-up mails in the last hour; try again in ${waitWords(refusal.msBeforeNext)}`,
      refusal.msBeforeNext,
    );
}
