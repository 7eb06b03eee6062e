// The databases a benchmark runs on, each fresh and migrated: PGlite in memory always, and
// PostgreSQL when TEST_DATABASE_URL or DATABASE_URL is set (a database of its own, dropped after).
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { type Database, openDatabase } from "@/server/database/open-database";

export type BenchEngine = { name: "pglite" | "postgres"; open(): Promise<Database> };

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function benchEngines(root: string): BenchEngine[] {
  const engines: BenchEngine[] = [
    {
      name: "pglite",
      async open() {
        const pglite = await PGlite.create();
        const database = await openDatabase({ kind: "pglite", pglite }, { root });
        return {
          ...database,
          async close() {
            await database.close();
            await pglite.close();
          },
        };
      },
    },
  ];
  const url = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (url) {
    engines.push({
      name: "postgres",
      async open() {
        const name = `claimtrail_bench_${randomBytes(4).toString("hex")}`;
        await adminQuery(url, `CREATE DATABASE ${name}`);
        const target = new URL(url);
        target.pathname = `/${name}`;
        // Generous: the benchmark's own writes of 100k claims are batches of 5,000.
        const database = await openDatabase(
          { kind: "postgres", url: target.toString() },
          { root, statementTimeoutMs: 600_000 },
        );
        return {
          ...database,
          async close() {
            await database.close();
            await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          },
        };
      },
    });
  }
  return engines;
}
