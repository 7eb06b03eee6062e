// Opens the database the app runs on: PGlite (embedded; a folder, or memory for tests) or a
// real PostgreSQL by URL. Every entry point (app, CLI, scripts, tests) comes through here, so
// each prepares the database the same way: lock (PGlite), migrations, demo seed once.
import path from "node:path";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { openCounterPool } from "./counter-pool";
import { acquireDataDirLock } from "./data-dir-lock";
import { applyMigrations, readMigrations } from "./migrate";
import { PrismaClient } from "./prisma";
import { pgConnection, pgliteConnection, type SqlConnection } from "./sql-connection";
import { watchStatements } from "./watch-statements";

export type Db = InstanceType<typeof PrismaClient>;

export type DatabaseTarget =
  | { kind: "pglite-folder"; dataDir: string }
  | { kind: "pglite"; pglite: PGlite }
  | { kind: "postgres"; url: string };

export type OpenOptions = {
  root: string;
  migrate?: boolean;
  /** Wraps the driver adapter, e.g. to count queries in tests. */
  wrapAdapter?: (adapter: SqlDriverAdapterFactory) => SqlDriverAdapterFactory;
  /** The longest one statement may run (ms); default STATEMENT_TIMEOUT_MS. */
  statementTimeoutMs?: number;
  /**
   * PGlite's shared_buffers as PostgreSQL writes it ("16MB"); PostgreSQL's 128MB when unset.
   * PGlite zero-fills them at each start: 0.13 s of CPU for 128 MB, which a short read never fills.
   */
  sharedBuffers?: string;
};

/**
 * No statement outlives the request that made it: PostgreSQL cancels a statement after this
 * long (SQLSTATE 57014, answered 503). PGlite runs on the event loop and cannot be interrupted
 * (it ignores statement_timeout); there, statements over the budget are logged instead
 * (watch-statements.ts), and bounded queries are proved by `npm run test:stress`.
 */
const STATEMENT_TIMEOUT_MS = 15_000;

export type Database = {
  db: Db;
  /**
   * The same database without Prisma, for a read written in SQL by a process doing nothing else
   * meanwhile (opening, a CLI command): Prisma then never loads its query compiler. PGlite's one
   * session (a statement sent here while `db` holds a transaction open would run inside it), or
   * on PostgreSQL the counters' pool (counter-pool.ts). The app reads through `db`.
   */
  sql: SqlConnection;
  engine: "pglite" | "postgres";
  close(): Promise<void>;
};

// PGlite runs one query at a time; an interactive transaction holds it, so others wait.
const PGLITE_TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 60_000 };
// Prisma's default 5 s is too short for importing a large article on a busy machine.
const POSTGRES_TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 60_000 };

function pgliteOptions(options: OpenOptions): PGliteOptions {
  if (options.sharedBuffers === undefined) return {};
  if (!/^\d+(kB|MB)$/.test(options.sharedBuffers)) throw new Error(`shared_buffers ${options.sharedBuffers}?`);
  return { startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${options.sharedBuffers}`] };
}

function migrationsDir(root: string): string {
  return path.join(root, "prisma", "migrations");
}

export async function openDatabase(target: DatabaseTarget, options: OpenOptions): Promise<Database> {
  const migrations = options.migrate === false ? [] : readMigrations(migrationsDir(options.root));
  const timeout = options.statementTimeoutMs ?? STATEMENT_TIMEOUT_MS;
  const wrap = options.wrapAdapter ?? ((adapter) => adapter);

  if (target.kind === "postgres") {
    // Loaded here rather than at the top: node-postgres, when first loaded, builds a `Response`
    // to tell whether it runs on Cloudflare, and that loads Node's whole fetch (undici), a tenth
    // of a second of CPU that a command on PGlite has no use for.
    const [{ default: pg }, { PrismaPg }] = await Promise.all([import("pg"), import("@prisma/adapter-pg")]);
    if (migrations.length) {
      const client = new pg.Client({ connectionString: target.url });
      await client.connect();
      try {
        await applyMigrations(pgConnection(client), migrations);
      } finally {
        await client.end();
      }
    }
    const db = new PrismaClient({
      adapter: wrap(new PrismaPg({ connectionString: target.url, statement_timeout: timeout })),
      transactionOptions: POSTGRES_TRANSACTION_OPTIONS,
    });
    const counters = await openCounterPool(db, target.url, timeout);
    return {
      db,
      sql: pgConnection(counters.pool),
      engine: "postgres",
      async close() {
        await counters.close();
        await db.$disconnect();
      },
    };
  }

  let release = () => {};
  let pglite: PGlite;
  if (target.kind === "pglite-folder") {
    release = acquireDataDirLock(target.dataDir);
    try {
      pglite = await PGlite.create(path.join(target.dataDir, "pglite"), pgliteOptions(options));
    } catch (error) {
      release();
      throw error;
    }
  } else {
    pglite = target.pglite;
  }
  if (migrations.length) await applyMigrations(pgliteConnection(pglite), migrations);
  const db = new PrismaClient({
    adapter: wrap(watchStatements(new PrismaPGlite(pglite), timeout)),
    transactionOptions: PGLITE_TRANSACTION_OPTIONS,
  });
  return {
    db,
    sql: pgliteConnection(pglite),
    engine: "pglite",
    async close() {
      await db.$disconnect();
      if (target.kind === "pglite-folder") {
        await pglite.close();
        release();
      }
    },
  };
}
