// A workspace round-trips (issue 14): its annotation export (JSON Lines, `claimtrail export
// --workspace W --format annotations`) imported into an empty workspace gives the same articles,
// claims, chains and sources; importing the export again creates nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importMany } from "@/server/cli/bulk-import";
import type { Database, Db } from "@/server/database/open-database";
import { prepareImport } from "@/server/services/articles/import-article";
import { importArticles } from "@/server/services/articles/import-articles";
import { streamAnnotations } from "@/server/services/export/stream-annotations";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const read = (...parts: string[]) => fs.readFileSync(path.join(repoRoot, ...parts), "utf8");
const seed = {
  ...JSON.parse(read("prisma", "seed", "annotation.json")),
  sources: JSON.parse(read("prisma", "seed", "demo.json")).sources,
  article: { body: read("prisma", "seed", "article.txt") },
};
const issue12 = JSON.parse(read("tests", "fixtures", "annotation", "issue-12-cases.json"));
const files = fs.mkdtempSync(path.join(os.tmpdir(), "claimtrail-round-trip-"));
afterAll(() => fs.rmSync(files, { recursive: true, force: true }));

/** Everything the annotation format carries about a workspace, without ids or dates of writing. */
async function snapshot(db: Db, workspace: string) {
  const articles = await db.article.findMany({
    where: { workspace: { slug: workspace } },
    orderBy: { title: "asc" },
    select: {
      title: true,
      url: true,
      publisher: true,
      publishedAt: true,
      language: true,
      body: true,
      status: true,
      claims: {
        orderBy: [{ startOffset: "asc" }, { endOffset: "asc" }],
        select: {
          startOffset: true,
          endOffset: true,
          exact: true,
          prefix: true,
          suffix: true,
          kind: true,
          status: true,
          stance: true,
          cue: true,
          note: true,
          primaryRecord: true,
          primaryRecordNote: true,
          reviewState: true,
          speaker: { select: { name: true } },
          primaryRecordSource: { select: { name: true } },
          namedSources: {
            orderBy: { position: "asc" },
            select: { position: true, mentionedAs: true, source: { select: { name: true } } },
          },
          hops: {
            orderBy: [{ position: "asc" }, { from: { name: "asc" } }],
            select: {
              position: true,
              relation: true,
              firstHand: true,
              confidence: true,
              from: { select: { name: true } },
              to: { select: { name: true } },
            },
          },
        },
      },
    },
  });
  const sources = await db.source.findMany({
    where: { workspace: { slug: workspace } },
    orderBy: { name: "asc" },
    select: { name: true, type: true, url: true },
  });
  return { articles, sources };
}

describe.each(testEngines())("workspace round trip on $name", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
    const originals = [seed, issue12, { ...issue12, url: null, title: "Budget talks, second day" }];
    const report = await importArticles(
      database.db,
      originals.map((annotation, index) => ({
        name: `original ${index + 1}`,
        plan: () => prepareImport({ annotation, publish: true, actorId: null }).plan,
      })),
      { workspace: "origin", createWorkspace: true, publish: true, actorId: null },
    );
    expect(report.refused).toEqual([]);
    expect(report.articles).toHaveLength(3);
  });
  afterAll(() => database?.close());

  it("imports its export into an empty workspace as the same articles, claims, chains and sources", async () => {
    const file = path.join(files, `origin-${engine.name}.jsonl`);
    const lines: string[] = [];
    for await (const line of streamAnnotations(database.db, { kind: "workspace", workspace: "origin" }, null))
      lines.push(line);
    expect(lines).toHaveLength(3);
    fs.writeFileSync(file, lines.join(""));

    const report = await importMany(database.db, file, {
      workspace: "copy",
      createWorkspace: true,
      publish: true,
      actorId: null,
    });
    expect(report.refused).toEqual([]);
    expect(report.articles).toHaveLength(3);
    const [origin, copy] = [await snapshot(database.db, "origin"), await snapshot(database.db, "copy")];
    expect(copy.articles.map((article) => article.claims.length)).toEqual([5, 5, 15]);
    expect(copy).toEqual(origin);

    const again = await importMany(database.db, file, { workspace: "copy", publish: true, actorId: null });
    expect(again.articles).toEqual([]);
    expect(again.unchanged.map((article) => article.file)).toEqual([`${file}:1`, `${file}:2`, `${file}:3`]);
  });

  it("refuses a workspace with no article a reader may see", async () => {
    const lines = streamAnnotations(database.db, { kind: "workspace", workspace: "nowhere" }, null);
    await expect(lines.next()).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
