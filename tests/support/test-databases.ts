// The engines every database test runs on: PGlite always, PostgreSQL when a URL is configured.
// Each `open()` gives a fresh, migrated, empty database that belongs to the caller.

import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import { type Database, type OpenOptions, openDatabase } from "../../server/database/open-database";
import { pgConnection, pgliteConnection, type SqlConnection } from "../../server/database/sql-connection";
import { dropTestDatabase } from "./drop-database";
import { repoRoot, testPostgresUrl, withDatabase } from "./test-env";

export type TestEngine = {
  name: "pglite" | "postgres";
  /** A fresh database with every migration applied. */
  open(options?: Omit<OpenOptions, "root">): Promise<Database>;
  /** A fresh database with nothing in it, driven through the migration runner's interface. */
  openEmpty(): Promise<{ sql: SqlConnection; close(): Promise<void> }>;
};

export function testEngines(): TestEngine[] {
  const engines: TestEngine[] = [{ name: "pglite", open: openPglite, openEmpty: openEmptyPglite }];
  const url = testPostgresUrl();
  const template = inject("postgresTemplate");
  if (url && template) {
    engines.push({
      name: "postgres",
      open: (options) => openPostgres(url, template, options),
      openEmpty: () => openEmptyPostgres(url),
    });
  }
  return engines;
}

async function openPglite(options: Omit<OpenOptions, "root"> = {}): Promise<Database> {
  const tar = fs.readFileSync(inject("pgliteTemplatePath"));
  const pglite = await PGlite.create({ loadDataDir: new Blob([tar]) });
  const database = await openDatabase({ kind: "pglite", pglite }, { root: repoRoot, ...options });
  return {
    ...database,
    async close() {
      await database.close();
      await pglite.close();
    },
  };
}

async function openPostgres(url: string, template: string, options: Omit<OpenOptions, "root"> = {}): Promise<Database> {
  const name = `claimtrail_t${process.ppid}_${randomBytes(4).toString("hex")}`;
  await adminQuery(url, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const database = await openDatabase(
    { kind: "postgres", url: withDatabase(url, name) },
    { root: repoRoot, ...options },
  );
  return {
    ...database,
    async close() {
      await database.close();
      await dropTestDatabase(url, name);
    },
  };
}

async function openEmptyPglite() {
  const pglite = await PGlite.create();
  return { sql: pgliteConnection(pglite), close: () => pglite.close() };
}

async function openEmptyPostgres(url: string) {
  const name = `claimtrail_t${process.ppid}_${randomBytes(4).toString("hex")}`;
  await adminQuery(url, `CREATE DATABASE ${name}`);
  const client = new pg.Client({ connectionString: withDatabase(url, name) });
  await client.connect();
  return {
    sql: pgConnection(client),
    async close() {
      await client.end();
      await dropTestDatabase(url, name);
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh migrated PostgreSQL database by URL, for tests that start other processes. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> } | null> {
  const url = testPostgresUrl();
  const template = inject("postgresTemplate");
  if (!url || !template) return null;
  const name = `claimtrail_t${process.ppid}_${randomBytes(4).toString("hex")}`;
  await adminQuery(url, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  return {
    url: withDatabase(url, name),
    drop: async () => {
      await dropTestDatabase(url, name);
    },
  };
}
