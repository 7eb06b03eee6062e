// Limits on the mail sign-up sends (issue 13): each sign-up and each "send the mail again" mails
// the address given, so without a limit anyone could fill a stranger's mailbox through
// Claimtrail's mail server. Per address, both kinds together: the sign-up's mail and two more at
// once (sent again for a slow mailbox, a second sign-up) within 10 minutes, then the next window;
// and at most 6 in 24 hours, so a stranger who keeps at it gets 6 mails a day to the address, not
// 120 (5 an hour). Each client is counted too, as for sign-in (attempt-limits.ts). The refusal is the same
// whether or not the address has an account.
import { mailboxKey } from "@/lib/auth/mailbox-key";
import type { Db } from "@/server/database/open-database";
import { type LimitRule, limiterOf, rateLimited, takePoints, waitWords } from "./limiter-store";

const PER_ADDRESS_BURST: LimitRule = { name: "sign-up-mail-10-minutes", points: 3, seconds: 10 * 60 };
const PER_ADDRESS_DAY: LimitRule = { name: "sign-up-mail-day", points: 6, seconds: 24 * 60 * 60 };

/**
 * Counts one sign-up mail to `email` (either kind). The day's count takes only mails the
 * 10-minute limit let through, so refused attempts do not spend the owner's day.
 * @throws AppError RATE_LIMITED past 3 within 10 minutes or 6 within 24 hours to one address.
 */
export async function countSignUpMail(db: Db, email: string): Promise<void> {
  // "ann+1@…", "a.nn@gmail.com": one mailbox, one allowance.
  const address = mailboxKey(email);
  const burst = await takePoints(limiterOf(db, PER_ADDRESS_BURST), address);
  if (burst)
    throw rateLimited(
      `this address was sent ${PER_ADDRESS_BURST.points} sign-up mails in the last 10 minutes; look for them in its inbox (and spam folder), or try again in ${waitWords(burst.msBeforeNext)}`,
      burst.msBeforeNext,
    );
  const day = await takePoints(limiterOf(db, PER_ADDRESS_DAY), address);
  if (day)
    throw rateLimited(
      `this address was sent ${PER_ADDRESS_DAY.points} sign-up mails in the last 24 hours, the most it is sent; try again in ${waitWords(day.msBeforeNext)}`,
      day.msBeforeNext,
    );
}
