// The database of this process (app server or CLI), opened once from the environment:
// PostgreSQL when DATABASE_URL is set, otherwise PGlite in CLAIMTRAIL_DATA_DIR (./data).
// Kept on globalThis so Next's dev reloads and its instrumentation hook share one instance.
import { env } from "@/server/env";
import { isDemoLoaded, loadDemo } from "@/server/services/seed/load-demo";
import { type Database, openDatabase } from "./database/open-database";

const KEY = Symbol.for("claimtrail.app-database");
type Holder = { [KEY]?: Promise<Database> };

// Enough for a command that reads a page of rows and ends (PostgreSQL's default is 128 MB).
const BRIEF_SHARED_BUFFERS = "16MB";

/**
 * The process's database, opened by the first call. `brief`: the process only reads a little
 * and ends (a CLI reading command), so PGlite starts with smaller buffers; only the first
 * call's options count.
 */
export function getAppDatabase(options: { brief?: boolean } = {}): Promise<Database> {
  const holder = globalThis as Holder;
  holder[KEY] ??= openAppDatabase(options.brief ?? false);
  return holder[KEY];
}

async function openAppDatabase(brief: boolean): Promise<Database> {
  const config = env();
  const database = await openDatabase(
    config.databaseUrl
      ? { kind: "postgres", url: config.databaseUrl }
      : { kind: "pglite-folder", dataDir: config.dataDir },
    {
      root: config.root,
      statementTimeoutMs: config.statementTimeoutMs,
      sharedBuffers: brief ? BRIEF_SHARED_BUFFERS : undefined,
    },
  );
  if (config.seed === "demo" && !(await isDemoLoaded(database.sql))) await loadDemo(database.db, config.root);
  return database;
}
