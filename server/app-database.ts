// The database of this process (app server or CLI), opened once from the environment:
// PostgreSQL when DATABASE_URL is set, otherwise PGlite in CLAIMTRAIL_DATA_DIR (./data).
// Kept on globalThis so Next's dev reloads and its instrumentation hook share one instance.
import { env } from "@/server/env";
import { loadDemo } from "@/server/services/seed/load-demo";
import { type Database, openDatabase } from "./database/open-database";

const KEY = Symbol.for("claimtrail.app-database");
type Holder = { [KEY]?: Promise<Database> };

export function getAppDatabase(): Promise<Database> {
  const holder = globalThis as Holder;
  holder[KEY] ??= openAppDatabase();
  return holder[KEY];
}

async function openAppDatabase(): Promise<Database> {
  const config = env();
  const database = await openDatabase(
    config.databaseUrl
      ? { kind: "postgres", url: config.databaseUrl }
      : { kind: "pglite-folder", dataDir: config.dataDir },
    { root: config.root, statementTimeoutMs: config.statementTimeoutMs },
  );
  if (config.seed === "demo") await loadDemo(database.db, config.root);
  return database;
}
