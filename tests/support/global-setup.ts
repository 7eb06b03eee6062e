// Runs once per test run: migrates one PGlite database and dumps it, so each test file starts
// from a copy instead of paying initdb + migrations; on PostgreSQL, migrates a template
// database that each file clones with CREATE DATABASE … TEMPLATE.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations, readMigrations } from "../../server/database/migrate";
import { pgConnection, pgliteConnection } from "../../server/database/sql-connection";
import { dropTestDatabase } from "./drop-database";
import { repoRoot, testPostgresUrl, withDatabase } from "./test-env";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
    postgresTemplate: string | null;
  }
}

export default async function setup(project: TestProject) {
  const migrations = readMigrations(path.join(repoRoot, "prisma", "migrations"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimtrail-test-"));

  const pglite = await PGlite.create();
  await applyMigrations(pgliteConnection(pglite), migrations);
  const dump = await pglite.dumpDataDir("none");
  const templatePath = path.join(dir, "template.tar");
  fs.writeFileSync(templatePath, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
  project.provide("pgliteTemplatePath", templatePath);

  const url = testPostgresUrl();
  let template: string | null = null;
  if (url) {
    template = `claimtrail_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
    await admin.end();
    const client = new pg.Client({ connectionString: withDatabase(url, template) });
    await client.connect();
    await applyMigrations(pgConnection(client), migrations);
    await client.end();
  }
  project.provide("postgresTemplate", template);

  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (url && template) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const leftovers = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE $1`,
        [`claimtrail_t${process.pid}_%`],
      );
      await admin.end();
      for (const { datname } of leftovers.rows) await dropTestDatabase(url, datname);
      await dropTestDatabase(url, template);
    }
  };
}
