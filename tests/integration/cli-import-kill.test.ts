// A bulk import killed mid-run (SIGKILL) leaves whole batches: every article it wrote has all its
// claims, hops and its audit record, and running it again reports those articles unchanged and
// imports the rest.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, tempDataDir } from "../support/run-cli";
import { createPostgresDatabase } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const ARTICLES = 400;

function annotation(index: number) {
  const sentences = Array.from({ length: 10 }, (_, i) => `Official ${i % 7} said that measure ${index}-${i} passed.`);
  return {
    url: `https://news.example.org/kill/${index}`,
    title: `Roundup ${index}`,
    article: { body: sentences.join(" ") },
    claims: sentences.map((_, i) => ({
      quote_or_paraphrase: `measure ${index}-${i} passed`,
      kind: "paraphrase",
      speaker: `Official ${i % 7}`,
      chain: [`Official ${i % 7}`, "Wire Agency", "this article"],
      indirect: true,
    })),
  };
}

describe("claimtrail import killed mid-run, on PostgreSQL", { timeout: 300_000 }, async () => {
  const database = await createPostgresDatabase();
  afterAll(() => database?.drop());

  it.skipIf(!database)("leaves whole articles only, and a re-run imports the rest", async () => {
    const file = path.join(tempDataDir(), "articles.jsonl");
    fs.writeFileSync(file, Array.from({ length: ARTICLES }, (_, i) => JSON.stringify(annotation(i))).join("\n"));
    const env = { ...process.env, DATABASE_URL: database!.url, TEST_DATABASE_URL: "" };
    const args = [
      path.join(repoRoot, "bin", "claimtrail.mjs"),
      "import",
      file,
      "--workspace",
      "kill",
      "--create-workspace",
    ];
    const child = spawn(process.execPath, args, { cwd: repoRoot, env });
    // Killed once the first batch is reported written.
    await new Promise<void>((resolve) => {
      child.stderr.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("importing:")) child.kill("SIGKILL");
      });
      child.on("close", () => resolve());
    });

    const client = new pg.Client({ connectionString: database!.url });
    await client.connect();
    try {
      const { rows } = await client.query(`
        SELECT a.id,
          (SELECT count(*) FROM claim c WHERE c.article_id = a.id)::int AS claims,
          (SELECT count(*) FROM hop h JOIN claim c ON c.id = h.claim_id WHERE c.article_id = a.id)::int AS hops,
          (SELECT count(*) FROM audit_event e WHERE e.entity_id = a.id::text AND e.action = 'article.import')::int AS audit
        FROM article a JOIN workspace w ON w.id = a.workspace_id WHERE w.slug = 'kill'`);
      for (const row of rows) expect(row).toMatchObject({ claims: 10, hops: 20, audit: 1 });
      // Whole batches of 100 articles (1,000 claims): never a part of one.
      expect(rows.length % 100).toBe(0);

      const rerun = await runCli(["import", file, "--workspace", "kill", "--json"], { DATABASE_URL: database!.url });
      expect(rerun.code).toBe(0);
      const report = JSON.parse(rerun.stdout);
      expect(report.unchanged).toHaveLength(rows.length);
      expect(report.articles).toHaveLength(ARTICLES - rows.length);
      const total = await client.query(
        "SELECT count(*)::int AS n FROM article a JOIN workspace w ON w.id = a.workspace_id WHERE w.slug = 'kill'",
      );
      expect(total.rows[0].n).toBe(ARTICLES);
    } finally {
      await client.end();
    }
  });
});
