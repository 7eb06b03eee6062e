// Where the counters of the request limits live (rate-limiter-flexible). On PostgreSQL, in the
// database (its PostgreSQL store, table rate_limit_counter), so that several app servers on one
// database share each count instead of multiplying the limit by their number; should the
// database fail to answer, a limit falls back to this process's memory (the store's insurance)
// rather than refusing or letting through every request. On PGlite, in memory: one process owns
// the data folder, so memory is exact there and costs the serialized database nothing.
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
} from "rate-limiter-flexible";
import { AppError } from "@/lib/errors";
import { counterPoolOf } from "@/server/database/counter-pool";
import type { Db } from "@/server/database/open-database";

/** A limit: at most `points` within `seconds`; past them, refused for `blockSeconds` when given. */
export type LimitRule = { name: string; points: number; seconds: number; blockSeconds?: number };

const TABLE = "rate_limit_counter";
// On globalThis: Next.js loads this module once per bundle (the API routes, the instrumentation
// hook that serves the page limit to scripts/serve.mjs), and one client's reads of pages and of
// the API count against one budget only if every bundle finds the same limiter (in memory on PGlite).
const LIMITERS = Symbol.for("claimtrail.limiters");
const holder = globalThis as { [LIMITERS]?: WeakMap<Db, Map<string, RateLimiterAbstract>> };
holder[LIMITERS] ??= new WeakMap();
const limitersOf: WeakMap<Db, Map<string, RateLimiterAbstract>> = holder[LIMITERS];

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
    limiter = createLimiter(db, rule);
    limiters.set(id, limiter);
  }
  return limiter;
}

function createLimiter(db: Db, rule: LimitRule): RateLimiterAbstract {
  const options = {
    keyPrefix: rule.name,
    points: rule.points,
    duration: rule.seconds,
    blockDuration: rule.blockSeconds ?? 0,
  };
  const pool = counterPoolOf(db);
  if (!pool) return new RateLimiterMemory(options);
  return new RateLimiterPostgres({
    ...options,
    storeClient: pool,
    storeType: "pool",
    tableName: TABLE,
    tableCreated: true,
    insuranceLimiter: new RateLimiterMemory(options),
  });
}

/**
 * Takes `points` for `key`; resolves with null when they were available, with the refusal
 * (its `msBeforeNext`) when not. Rethrows anything else (never a store failure: the insurance
 * answers then).
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
    if (isRefusal(rejection)) return rejection;
    throw rejection;
  }
}

/**
 * A limiter refuses by rejecting with a RateLimiterRes. Checked by shape too: a limiter shared
 * on globalThis may have been made by another Next.js bundle, whose copy of the class differs.
 */
function isRefusal(rejection: unknown): rejection is RateLimiterRes {
  return (
    rejection instanceof RateLimiterRes ||
    (typeof rejection === "object" &&
      rejection !== null &&
      typeof (rejection as RateLimiterRes).msBeforeNext === "number" &&
      typeof (rejection as RateLimiterRes).remainingPoints === "number")
  );
}

/** "40 seconds", "15 minutes", "23 hours": how long `ms` is, for a person (rounded up). */
export function waitWords(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds > 90 * 60) return `${Math.ceil(seconds / 3600)} hours`;
  return seconds > 90 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`;
}

/**
 * AppError RATE_LIMITED with `message` and the seconds to wait as `details.retryAfterSeconds`
 * (the edges send them as Retry-After).
 */
export function rateLimited(message: string, msBeforeNext: number): AppError {
  return new AppError("RATE_LIMITED", message, { retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)) });
}
