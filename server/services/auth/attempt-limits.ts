// Limits on sign-in and sign-up (issue 13: 43 guesses a second were all answered). Three
// counters, after rate-limiter-flexible's login-protection recipe:
// - per account and client address: 10 failed sign-ins within 15 minutes pause that address's
//   sign-in to that account for 15 minutes, whatever the password. Keyed by both, so a stranger
//   elsewhere cannot lock the owner out (issue 13: ten wrong guesses from anywhere paused the
//   owner). Unknown accounts count alike, so a pause says nothing about whether an account exists.
//   A successful sign-in clears the count.
// - per account, across all addresses: past 100 failures within an hour, sign-in to it is only
//   slowed, never shut: one attempt every 10 seconds from anywhere, so many addresses together
//   still guess slowly while the owner gets in after a short wait.
// - per client address: 30 sign-ins and sign-ups a minute.
// The counters live in PostgreSQL, shared by every app server, or in memory on PGlite
// (limits/limiter-store.ts).
import type { Db } from "@/server/database/open-database";
import { type LimitRule, limiterOf, rateLimited, takePoints, waitWords } from "../limits/limiter-store";

const SIGN_IN_FAILURES_BEFORE_PAUSE = 10;
const PAUSE_SECONDS = 15 * 60;
const ACCOUNT_FAILURES_BEFORE_SLOWING = 100;
const SLOWED_ATTEMPT_EVERY_SECONDS = 10;
const AUTH_ATTEMPTS_PER_CLIENT_PER_MINUTE = 30;

const FAILURES_BY_ACCOUNT_AND_CLIENT: LimitRule = {
  name: "sign-in-failures",
  points: SIGN_IN_FAILURES_BEFORE_PAUSE,
  seconds: PAUSE_SECONDS,
  blockSeconds: PAUSE_SECONDS,
};
const FAILURES_BY_ACCOUNT: LimitRule = {
  name: "sign-in-failures-all-addresses",
  points: ACCOUNT_FAILURES_BEFORE_SLOWING,
  seconds: 60 * 60,
};
const SLOWED_ATTEMPTS: LimitRule = { name: "sign-in-slowed", points: 1, seconds: SLOWED_ATTEMPT_EVERY_SECONDS };
const ATTEMPTS_BY_CLIENT: LimitRule = {
  name: "auth-attempts",
  points: AUTH_ATTEMPTS_PER_CLIENT_PER_MINUTE,
  seconds: 60,
};

// JSON keeps the pair unambiguous whatever the email holds; no address (not an HTTP request:
// the CLI, tests) is one client of its own.
function pairKey(email: string, client: string | null): string {
  return JSON.stringify([email, client ?? "-"]);
}

/**
 * Counts one sign-in or sign-up from `client` (no address: not an HTTP request, not counted).
 * @throws AppError RATE_LIMITED past 30 a minute, saying when to try again.
 */
export async function countAuthAttempt(db: Db, client: string | null): Promise<void> {
  if (!client) return;
  const refusal = await takePoints(limiterOf(db, ATTEMPTS_BY_CLIENT), client);
  if (refusal)
    throw rateLimited(
      `too many sign-in and sign-up attempts from your address (at most ${AUTH_ATTEMPTS_PER_CLIENT_PER_MINUTE} a minute); try again in ${waitWords(refusal.msBeforeNext)}`,
      refusal.msBeforeNext,
    );
}

/**
 * Refuses a sign-in to `email` from `client` while that pair is paused, or while the account is
 * slowed and its one attempt per 10 seconds is taken.
 * @throws AppError RATE_LIMITED saying when to try again.
 */
export async function refuseLockedAccount(db: Db, email: string, client: string | null): Promise<void> {
  const pair = await limiterOf(db, FAILURES_BY_ACCOUNT_AND_CLIENT).get(pairKey(email, client));
  if (pair && pair.consumedPoints >= SIGN_IN_FAILURES_BEFORE_PAUSE)
    throw rateLimited(
      `sign-in to this account from your address is paused after ${SIGN_IN_FAILURES_BEFORE_PAUSE} wrong passwords; try again in ${waitWords(pair.msBeforeNext)}`,
      pair.msBeforeNext,
    );
  const account = await limiterOf(db, FAILURES_BY_ACCOUNT).get(email);
  if (!account || account.consumedPoints < ACCOUNT_FAILURES_BEFORE_SLOWING) return;
  const refusal = await takePoints(limiterOf(db, SLOWED_ATTEMPTS), email);
  if (refusal)
    throw rateLimited(
      `sign-in to this account is slowed after many wrong passwords (one attempt every ${SLOWED_ATTEMPT_EVERY_SECONDS} seconds); try again in ${waitWords(refusal.msBeforeNext)}`,
      refusal.msBeforeNext,
    );
}

/** Counts a failed sign-in for `email` from `client`; the tenth from one address within 15 minutes pauses that pair. */
export async function recordSignInFailure(db: Db, email: string, client: string | null): Promise<void> {
  await takePoints(limiterOf(db, FAILURES_BY_ACCOUNT_AND_CLIENT), pairKey(email, client));
  await takePoints(limiterOf(db, FAILURES_BY_ACCOUNT), email);
}

/** Forgets the failed sign-ins of `email` from `client` (it signed in); the account-wide count runs out on its own. */
export async function clearSignInFailures(db: Db, email: string, client: string | null): Promise<void> {
  await limiterOf(db, FAILURES_BY_ACCOUNT_AND_CLIENT).delete(pairKey(email, client));
}
