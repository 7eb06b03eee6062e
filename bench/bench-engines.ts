// The databases a benchmark runs on, each fresh and migrated: PGlite in memory always, and
// PostgreSQL when TEST_DATABASE_URL or DATABASE_URL is set (a database of its own, dropped after);
// BENCH_ENGINES narrows them to one.
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

/** A fresh, empty database next to the one `url` names, for one benchmark: its URL, and its drop. */
export async function createBenchDatabase(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `claimtrail_bench_${randomBytes(4).toString("hex")}`;
  await adminQuery(url, `CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: () => adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** The PostgreSQL server the benchmarks may create databases on (TEST_DATABASE_URL, else DATABASE_URL). */
export function benchPostgresUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

/** BENCH_ENGINES=pglite or =postgres runs one engine only (both by default, PostgreSQL when a URL is set). */
export function benchEngineWanted(name: BenchEngine["name"]): boolean {
  const wanted = process.env.BENCH_ENGINES?.split(",").map((engine) => engine.trim());
  return !wanted?.length || wanted.includes(name);
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
  const url = benchPostgresUrl();
  if (url) {
    engines.push({
      name: "postgres",
      async open() {
        const created = await createBenchDatabase(url);
        // Generous: the benchmark's own writes of 100k claims are batches of 5,000.
        const database = await openDatabase(
          { kind: "postgres", url: created.url },
          { root, statementTimeoutMs: 600_000 },
        );
        return {
          ...database,
          async close() {
            await database.close();
            await created.drop();
          },
        };
      },
    });
  }
  return engines.filter((engine) => benchEngineWanted(engine.name));
}
