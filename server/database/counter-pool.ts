// A small node-postgres pool beside Prisma's, for the request limits' counters on PostgreSQL
// (server/services/limits/limiter-store.ts): rate-limiter-flexible's PostgreSQL store speaks
// `pg` directly. Tied to the Prisma client it was opened with, so services that receive `db`
// find it; PGlite has none, and its counters stay in memory.
import type pg from "pg";
import type { PrismaClient } from "./prisma";

type Db = InstanceType<typeof PrismaClient>;

/** Two connections: each limit is one short statement. */
const MAX_CONNECTIONS = 2;

// On globalThis: Next.js loads this module once per bundle (the instrumentation hook that opens
// the database, each route), and a module-level map would leave the routes without the pool, so
// their counters would silently stay in each server's memory.
const POOLS = Symbol.for("claimtrail.counter-pools");
const holder = globalThis as { [POOLS]?: WeakMap<Db, pg.Pool> };
holder[POOLS] ??= new WeakMap<Db, pg.Pool>();
const pools: WeakMap<Db, pg.Pool> = holder[POOLS];

/**
 * Opens the counters' pool for `db` on the PostgreSQL at `url` (connecting when first used);
 * returns it and the function that ends it.
 */
export async function openCounterPool(
  db: Db,
  url: string,
  statementTimeoutMs: number,
): Promise<{ pool: pg.Pool; close: () => Promise<void> }> {
  // Loaded when PostgreSQL is opened only (open-database.ts says why).
  const { Pool } = (await import("pg")).default;
  const pool = new Pool({
    connectionString: url,
    max: MAX_CONNECTIONS,
    statement_timeout: statementTimeoutMs,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection the server dropped must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  pools.set(db, pool);
  return {
    pool,
    async close() {
      pools.delete(db);
      await pool.end();
    },
  };
}

/** The counters' pool of `db`; null on PGlite. */
export function counterPoolOf(db: Db): pg.Pool | null {
  return pools.get(db) ?? null;
}
