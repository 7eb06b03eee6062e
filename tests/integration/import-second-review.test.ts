// Publishing an import where the workspace requires a second review is refused by the import
// service itself, so every path is held: the service (one article or many), the CLI
// (`claimtrail import --publish`) and the HTTP import route (import-route.test.ts). Nothing is
// stored; the same import as drafts goes through. A run whose every entry is refused still
// names its workspace.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planAnnotationFile } from "@/lib/annotation/plan-annotation-file";
import { AppError, isAppError } from "@/lib/errors";
import type { Database } from "@/server/database/open-database";
import { openDatabase } from "@/server/database/open-database";
import { importArticle } from "@/server/services/articles/import-article";
import { importArticles } from "@/server/services/articles/import-articles";
import { runCli, tempDataDir } from "../support/run-cli";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const fixtureFile = path.join(repoRoot, "tests", "fixtures", "annotation", "issue-12-cases.json");
const fixture = JSON.parse(fs.readFileSync(fixtureFile, "utf8"));
const REFUSAL = /^workspace desk requires a second review before claims are published: import them as drafts/;

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!isAppError(error)) throw new Error(`expected a refusal, got ${String(error)}`);
  return { code: error.code, message: error.message };
}

describe.each(testEngines())("second review held by the import service on $name", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
    await database.db.workspace.create({ data: { slug: "desk", name: "Desk", requireSecondReview: true } });
  });
  afterAll(() => database.close());

  it("refuses to publish one article or many, storing nothing", async () => {
    const entry = { name: "a.json", plan: () => planAnnotationFile(fixture, {}) };
    const many = await refusal(
      importArticles(database.db, [entry], { workspace: "desk", publish: true, actorId: null }),
    );
    expect(many).toEqual({ code: "FORBIDDEN", message: expect.stringMatching(REFUSAL) });
    const one = await refusal(
      importArticle(database.db, { annotation: fixture, workspace: "desk", publish: true, actorId: null }),
    );
    expect(one).toEqual(many);
    expect(await database.db.article.count()).toBe(0);
  });

  it("imports the same article as a draft", async () => {
    const imported = await importArticle(database.db, {
      annotation: fixture,
      workspace: "desk",
      publish: false,
      actorId: null,
    });
    expect(imported.workspace).toBe("desk");
    const claims = await database.db.claim.findMany({
      where: { articleId: imported.articleId },
      select: { reviewState: true },
    });
    expect(new Set(claims.map((claim) => claim.reviewState))).toEqual(new Set(["DRAFT"]));
  });

  it("names the workspace when every entry is refused", async () => {
    const refused = {
      name: "broken.json",
      plan: () => {
        throw new AppError("INVALID", "not JSON");
      },
    };
    const report = await importArticles(database.db, [refused], { workspace: "desk", publish: false, actorId: null });
    expect(report).toEqual({
      workspace: "desk",
      articles: [],
      unchanged: [],
      refused: [{ file: "broken.json", reason: "not JSON" }],
      warnings: [],
    });
  });
});

describe("claimtrail import --publish where a second review is required", { timeout: 300_000 }, () => {
  it("exits 6 naming the rule, storing nothing; without --publish it imports drafts", async () => {
    const env = { CLAIMTRAIL_DATA_DIR: tempDataDir() };
    const drafted = await runCli(["import", fixtureFile, "--workspace", "desk", "--create-workspace", "--json"], env);
    expect(drafted.stderr).toBe("");
    expect(drafted.code).toBe(0);
    await requireSecondReview(env.CLAIMTRAIL_DATA_DIR, "desk");

    const changed = path.join(path.dirname(env.CLAIMTRAIL_DATA_DIR), `${path.basename(env.CLAIMTRAIL_DATA_DIR)}.json`);
    fs.writeFileSync(changed, JSON.stringify({ ...fixture, title: "Published without review" }));
    try {
      const published = await runCli(["import", changed, "--workspace", "desk", "--publish"], env);
      expect(published.code).toBe(6);
      expect(published.stderr).toMatch(new RegExp(`^claimtrail: ${REFUSAL.source.slice(1)}`));
      const articles = JSON.parse((await runCli(["articles", "--json"], env)).stdout);
      expect(articles.map((article: { title: string }) => article.title)).not.toContain("Published without review");
    } finally {
      fs.rmSync(changed, { force: true });
    }
  });
});

/** Sets the workspace's rule in a data folder no process holds. */
async function requireSecondReview(dataDir: string, slug: string): Promise<void> {
  const database = await openDatabase({ kind: "pglite-folder", dataDir }, { root: repoRoot });
  try {
    await database.db.workspace.update({ where: { slug }, data: { requireSecondReview: true } });
  } finally {
    await database.close();
  }
}
