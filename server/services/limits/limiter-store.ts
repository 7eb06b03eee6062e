// Where the counters of the request limits live (rate-limiter-flexible): this process's memory,
// one set of limiters per database handle, so each database (each test's, the app's one) counts
// on its own.
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "@/lib/errors";
import type { Db } from "@/server/database/open-database";

/** A limit: at most `points` within `seconds`; past them, refused for `blockSeconds` when given. */
export type LimitRule = { name: string; points: number; seconds: number; blockSeconds?: number };

const limitersOf = new WeakMap<Db, Map<string, RateLimiterAbstract>>();

/** The limiter of `rule` for the database `db` (one per rule, database and process). */
export function limiterOf(db: Db, rule: LimitRule): RateLimiterAbstract {
  let limiters = limitersOf.get(db);
  if (!limiters) {
    limiters = new Map();
    limitersOf.set(db, limiters);
  }
  const id = `${rule.name}/${rule.points}/${rule.seconds}/${rule.blockSeconds ?? 0}`;
  let limiter = limiters.get(id);
  if (!limiter) {
    limiter = createLimiter(rule);
    limiters.set(id, limiter);
  }
  return limiter;
}

function createLimiter(rule: LimitRule): RateLimiterAbstract {
  return new RateLimiterMemory({
    keyPrefix: rule.name,
    points: rule.points,
    duration: rule.seconds,
    blockDuration: rule.blockSeconds ?? 0,
  });
}

/**
 * Takes `points` for `key`; resolves with null when they were available, with the refusal
 * (its `msBeforeNext`) when not. Rethrows anything else.
 */
export async function takePoints(
  limiter: RateLimiterAbstract,
  key: string,
  points = 1,
): Promise<RateLimiterRes | null> {
  try {
    await limiter.consume(key, points);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return rejection;
    throw rejection;
  }
}

/** "40 seconds", "15 minutes": how long `ms` is, for a person. */
export function waitWords(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds > 90 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`;
}

/**
 * AppError RATE_LIMITED with `message` and the seconds to wait as `details.retryAfterSeconds`
 * (the edges send them as Retry-After).
 */
export function rateLimited(message: string, msBeforeNext: number): AppError {
  return new AppError("RATE_LIMITED", message, { retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)) });
}
