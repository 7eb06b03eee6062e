// Limits on sign-in and sign-up (issue 13: 43 guesses a second were all answered). Two counters,
// after rate-limiter-flexible's login-protection recipe:
// - per account: 10 failed sign-ins within 15 minutes lock the address for 15 minutes, whatever
//   the password; unknown addresses count alike, so a lock says nothing about whether an account
//   exists. A successful sign-in clears the count.
// - per client address: 30 sign-ins and sign-ups a minute.
// The counters live in this process's memory (the app is one Node process): a restart forgets
// them, which costs an attacker a restart they cannot cause.
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "@/lib/errors";

const SIGN_IN_FAILURES_BEFORE_LOCK = 10;
const LOCK_SECONDS = 15 * 60;
const AUTH_ATTEMPTS_PER_CLIENT_PER_MINUTE = 30;

const failuresByAccount = new RateLimiterMemory({
  keyPrefix: "sign-in-failures",
  points: SIGN_IN_FAILURES_BEFORE_LOCK,
  duration: LOCK_SECONDS,
  blockDuration: LOCK_SECONDS,
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

/** @throws AppError RATE_LIMITED while `email` is locked after too many failed sign-ins. */
export async function refuseLockedAccount(email: string): Promise<void> {
  const state = await failuresByAccount.get(email);
  if (state && state.consumedPoints >= SIGN_IN_FAILURES_BEFORE_LOCK)
    throw new AppError(
      "RATE_LIMITED",
      `sign-in to this account is paused after ${SIGN_IN_FAILURES_BEFORE_LOCK} wrong passwords; try again in ${waitWords(state.msBeforeNext)}`,
    );
}

/** Counts a failed sign-in for `email`; the tenth within 15 minutes locks it. */
export async function recordSignInFailure(email: string): Promise<void> {
  try {
    await failuresByAccount.consume(email);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
  }
}

/** Forgets the failed sign-ins of `email` (it signed in). */
export async function clearSignInFailures(email: string): Promise<void> {
  await failuresByAccount.delete(email);
}
