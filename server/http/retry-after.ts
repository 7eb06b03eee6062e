// The Retry-After of a 429: the longest wait among the limits a request met (an AppError
// RATE_LIMITED carries it as `details.retryAfterSeconds`, services/limits/limiter-store.ts).
import { isAppError } from "@/lib/errors";

/** Whole seconds to wait before trying again, or null when no error is a limit's refusal. */
export function retryAfterSecondsOf(errors: readonly unknown[]): number | null {
  let longest: number | null = null;
  for (const error of errors) {
    if (!isAppError(error) || error.code !== "RATE_LIMITED") continue;
    const seconds = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if (typeof seconds === "number" && (longest === null || seconds > longest)) longest = seconds;
  }
  return longest;
}
