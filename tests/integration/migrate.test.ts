import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations, type Migration, MigrationError, readMigrations } from "@/server/database/migrate";
import type { SqlConnection } from "@/server/database/sql-connection";
import { testEngines } from "../support/test-databases";

function writeMigrations(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimtrail-migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function tables(sql: SqlConnection): Promise<string[]> {
  const rows = await sql.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

describe.each(testEngines())("migration runner on $name", (engine) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });
  async function empty() {
    const database = await engine.openEmpty();
    cleanups.push(database.close);
    return database.sql;
  }

  it("applies migrations in name order, records them as Prisma does, and skips them the second time", async () => {
    const sql = await empty();
    const dir = writeMigrations({
      "20260102000000_second": `ALTER TABLE "thing" ADD COLUMN "label" TEXT;`,
      "20260101000000_first": `CREATE TABLE "thing" ("id" SERIAL PRIMARY KEY);`,
    });
    const migrations = readMigrations(dir);
    expect(migrations.map((m) => m.name)).toEqual(["20260101000000_first", "20260102000000_second"]);

    expect(await applyMigrations(sql, migrations)).toEqual({
      applied: migrations.map((m) => m.name),
      alreadyApplied: [],
    });
    const rows = await sql.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(migrations.map((m) => m.name));
    expect(
      rows.every((row) => /^[0-9a-f]{64}$/.test(row.checksum) && row.finished_at && row.applied_steps_count === 1),
    ).toBe(true);

    expect(await applyMigrations(sql, migrations)).toEqual({
      applied: [],
      alreadyApplied: migrations.map((m) => m.name),
    });
  });

  it("rolls a failing migration back completely and lets the fixed one run later", async () => {
    const sql = await empty();
    const good = `CREATE TABLE "kept" ("id" INT);`;
    const broken = `CREATE TABLE "half" ("id" INT); INSERT INTO "no_such_table" VALUES (1);`;
    const migrations = readMigrations(
      writeMigrations({ "20260101000000_good": good, "20260102000000_broken": broken }),
    );

    await expect(applyMigrations(sql, migrations)).rejects.toThrow(/20260102000000_broken failed and was rolled back/);
    expect(await tables(sql)).toEqual(["_prisma_migrations", "kept"]);

    const fixed = readMigrations(
      writeMigrations({ "20260101000000_good": good, "20260102000000_broken": `CREATE TABLE "half" ("id" INT);` }),
    );
    expect((await applyMigrations(sql, fixed)).applied).toEqual(["20260102000000_broken"]);
    expect(await tables(sql)).toEqual(["_prisma_migrations", "half", "kept"]);
  });

  it("refuses a migration edited after it was applied", async () => {
    const sql = await empty();
    const original: Migration[] = readMigrations(
      writeMigrations({ "20260101000000_first": `CREATE TABLE "a" ("id" INT);` }),
    );
    await applyMigrations(sql, original);
    const edited = readMigrations(writeMigrations({ "20260101000000_first": `CREATE TABLE "a" ("id" BIGINT);` }));
    const attempt = applyMigrations(sql, edited);
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(applyMigrations(sql, edited)).rejects.toThrow(/was edited after it was applied/);
  });

  it("refuses a database left half-migrated by another runner", async () => {
    const sql = await empty();
    const migrations = readMigrations(writeMigrations({ "20260101000000_first": `CREATE TABLE "a" ("id" INT);` }));
    await applyMigrations(sql, []);
    await sql.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('x', $1, '20260101000000_first')`,
      [migrations[0]!.checksum],
    );
    await expect(applyMigrations(sql, migrations)).rejects.toThrow(/never finished/);
  });

  it("refuses a database migrated by a newer version of the app", async () => {
    const sql = await empty();
    await applyMigrations(
      sql,
      readMigrations(writeMigrations({ "20260101000000_first": `SELECT 1;`, "20260109000000_newer": `SELECT 2;` })),
    );
    await expect(
      applyMigrations(sql, readMigrations(writeMigrations({ "20260101000000_first": `SELECT 1;` }))),
    ).rejects.toThrow(/not in prisma\/migrations/);
  });
});
