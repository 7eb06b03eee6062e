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
// The counters live in this process's memory (the app is one Node process): a restart forgets
// them, which costs an attacker a restart they cannot cause.
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "@/lib/errors";

const SIGN_IN_FAILURES_BEFORE_PAUSE = 10;
const PAUSE_SECONDS = 15 * 60;
const ACCOUNT_FAILURES_BEFORE_SLOWING = 100;
const ACCOUNT_FAILURE_WINDOW_SECONDS = 60 * 60;
const SLOWED_ATTEMPT_EVERY_SECONDS = 10;
const AUTH_ATTEMPTS_PER_CLIENT_PER_MINUTE = 30;

const failuresByAccountAndClient = new RateLimiterMemory({
  keyPrefix: "sign-in-failures",
  points: SIGN_IN_FAILURES_BEFORE_PAUSE,
  duration: PAUSE_SECONDS,
  blockDuration: PAUSE_SECONDS,
});
const failuresByAccount = new RateLimiterMemory({
  keyPrefix: "sign-in-failures-all-addresses",
  points: ACCOUNT_FAILURES_BEFORE_SLOWING,
  duration: ACCOUNT_FAILURE_WINDOW_SECONDS,
});
const slowedAttempts = new RateLimiterMemory({
  keyPrefix: "sign-in-slowed",
  points: 1,
  duration: SLOWED_ATTEMPT_EVERY_SECONDS,
});
const attemptsByClient = new RateLimiterMemory({
  keyPrefix: "auth-attempts",
  points: AUTH_ATTEMPTS_PER_CLIENT_PER_MINUTE,
  duration: 60,
});

function waitWords(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds > 90 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`;
}

// A NUL cannot occur in an email the schema accepts, so the key is unambiguous; no address (not
// an HTTP request: the CLI, tests) is one client of its own.
function pairKey(email: string, client: string | null): string {
  return `${email}\u0000${client ?? "-"}`;
}

/**
 * Counts one sign-in or sign-up from `client` (no address: not an HTTP request, not counted).
 * @throws AppError RATE_LIMITED past 30 a minute, saying when to try again.
 */
export async function countAuthAttempt(client: string | null): Promise<void> {
  if (!client) return;
  try {
    await attemptsByClient.consume(client);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    throw new AppError(
      "RATE_LIMITED",
      `too many sign-in and sign-up attempts from your address (at most ${AUTH_ATTEMPTS_PER_CLIENT_PER_MINUTE} a minute); try again in ${waitWords(rejection.msBeforeNext)}`,
    );
  }
}

/**
 * Refuses a sign-in to `email` from `client` while that pair is paused, or while the account is
 * slowed and its one attempt per 10 seconds is taken.
 * @throws AppError RATE_LIMITED saying when to try again.
 */
export async function refuseLockedAccount(email: string, client: string | null): Promise<void> {
  const pair = await failuresByAccountAndClient.get(pairKey(email, client));
  if (pair && pair.consumedPoints >= SIGN_IN_FAILURES_BEFORE_PAUSE)
    throw new AppError(
      "RATE_LIMITED",
      `sign-in to this account from your address is paused after ${SIGN_IN_FAILURES_BEFORE_PAUSE} wrong passwords; try again in ${waitWords(pair.msBeforeNext)}`,
    );
  const account = await failuresByAccount.get(email);
  if (!account || account.consumedPoints < ACCOUNT_FAILURES_BEFORE_SLOWING) return;
  try {
    await slowedAttempts.consume(email);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    throw new AppError(
      "RATE_LIMITED",
      `sign-in to this account is slowed after many wrong passwords (one attempt every ${SLOWED_ATTEMPT_EVERY_SECONDS} seconds); try again in ${waitWords(rejection.msBeforeNext)}`,
    );
  }
}

/** Counts a failed sign-in for `email` from `client`; the tenth from one address within 15 minutes pauses that pair. */
export async function recordSignInFailure(email: string, client: string | null): Promise<void> {
  for (const [limiter, key] of [
    [failuresByAccountAndClient, pairKey(email, client)],
    [failuresByAccount, email],
  ] as const) {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
    }
  }
}

/** Forgets the failed sign-ins of `email` from `client` (it signed in); the account-wide count runs out on its own. */
export async function clearSignInFailures(email: string, client: string | null): Promise<void> {
  await failuresByAccountAndClient.delete(pairKey(email, client));
}
