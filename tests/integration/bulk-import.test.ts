// Bulk import (server/cli/bulk-import.ts): a folder of annotation files and a JSON Lines file
// of them, each article in its own transaction with its audit records; refused files are
// reported with their reason and the others are imported; `--owner` records the import as an
// account, which owns a workspace the import creates and must edit an existing one.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importMany } from "@/server/cli/bulk-import";
import type { Database } from "@/server/database/open-database";
import { importArticle } from "@/server/services/articles/import-article";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const fixture = JSON.parse(
  fs.readFileSync(path.join(repoRoot, "tests", "fixtures", "annotation", "issue-12-cases.json"), "utf8"),
);
// Each article its own address: the url is what tells one imported article from another.
const titled = (title: string) => ({ ...fixture, title, url: `https://news.example.org/${encodeURIComponent(title)}` });
const files = fs.mkdtempSync(path.join(os.tmpdir(), "claimtrail-bulk-"));
afterAll(() => fs.rmSync(files, { recursive: true, force: true }));

function folderOf(name: string, entries: Record<string, string>): string {
  const folder = path.join(files, name);
  fs.mkdirSync(folder);
  for (const [file, text] of Object.entries(entries)) fs.writeFileSync(path.join(folder, file), text);
  return folder;
}

describe.each(testEngines())("bulk import on $name", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(() => database.close());

  it("imports every file of a folder, each with its audit records, and reports the refused ones", async () => {
    const folder = folderOf(`folder-${engine.name}`, {
      "a.json": JSON.stringify(titled("First article")),
      "b.json": "{ not json",
      "c.json": JSON.stringify({ ...titled("Third article"), claims: [{ quote_or_paraphrase: "never in the text" }] }),
      "d.json": JSON.stringify(titled("Fourth article")),
      "notes.txt": "not an annotation file",
    });
    const report = await importMany(database.db, folder, {
      workspace: "bulk",
      createWorkspace: true,
      publish: false,
      actorId: null,
    });
    expect(report.articles.map((article) => article.file)).toEqual([
      path.join(folder, "a.json"),
      path.join(folder, "d.json"),
    ]);
    expect(report.articles.map((article) => article.claims)).toEqual([fixture.claims.length, fixture.claims.length]);
    expect(report.refused.map((refused) => refused.file)).toEqual([
      path.join(folder, "b.json"),
      path.join(folder, "c.json"),
    ]);
    expect(report.refused[0]!.reason).toMatch(/^not JSON: /);
    expect(report.refused[1]!.reason).toMatch(/^annotation file: /);

    const articles = await database.db.article.findMany({
      where: { workspace: { slug: "bulk" } },
      select: { id: true, title: true, _count: { select: { claims: true } } },
      orderBy: { title: "asc" },
    });
    expect(articles.map((article) => [article.title, article._count.claims])).toEqual([
      ["First article", fixture.claims.length],
      ["Fourth article", fixture.claims.length],
    ]);
    for (const article of articles)
      expect(await database.db.auditEvent.count({ where: { entityType: "article", entityId: article.id } })).toBe(1);
  });

  it("reads a JSON Lines file line by line, skipping blank lines and naming refused lines", async () => {
    const file = path.join(files, `articles-${engine.name}.jsonl`);
    fs.writeFileSync(
      file,
      [
        JSON.stringify(titled("Line one")),
        "",
        JSON.stringify({ title: "No body", claims: [] }),
        JSON.stringify(titled("Line four")),
      ]
        .join("\n")
        .concat("\n"),
    );
    const report = await importMany(database.db, file, {
      workspace: "lines",
      createWorkspace: true,
      publish: true,
      actorId: null,
    });
    expect(report.articles.map((article) => article.file)).toEqual([`${file}:1`, `${file}:4`]);
    expect(report.refused).toEqual([
      { file: `${file}:3`, reason: "the file has no article.body: give the article's text with --body FILE" },
    ]);
    const statuses = await database.db.article.findMany({
      where: { workspace: { slug: "lines" } },
      select: { status: true },
    });
    expect(statuses.map((article) => article.status)).toEqual(["PUBLISHED", "PUBLISHED"]);
  });

  it("makes the owner the owner of a workspace it creates, and refuses a workspace the owner may not edit", async () => {
    const owner = await database.db.user.create({ data: { email: `owner-${engine.name}@example.org`, name: "Owner" } });
    const folder = folderOf(`owned-${engine.name}`, { "a.json": JSON.stringify(titled("Owned article")) });
    const created = await importMany(database.db, folder, {
      workspace: "owned",
      createWorkspace: true,
      publish: false,
      actorId: owner.id,
    });
    expect(created.refused).toEqual([]);
    const membership = await database.db.membership.findFirstOrThrow({
      where: { userId: owner.id, workspace: { slug: "owned" } },
      select: { role: true },
    });
    expect(membership.role).toBe("OWNER");
    const audit = await database.db.auditEvent.findFirstOrThrow({
      where: { entityType: "article", entityId: created.articles[0]!.id },
      select: { actorId: true },
    });
    expect(audit.actorId).toBe(owner.id);

    const before = await database.db.article.count();
    const refused = await importMany(database.db, folder, { workspace: "bulk", publish: false, actorId: owner.id });
    expect(refused.articles).toEqual([]);
    expect(refused.refused).toEqual([
      { file: path.join(folder, "a.json"), reason: "the owner of the import is not an editor of workspace bulk" },
    ]);
    expect(await database.db.article.count()).toBe(before);
  });

  it("refuses a workspace no one created, naming the existing ones, before importing anything", async () => {
    const folder = folderOf(`typo-${engine.name}`, { "a.json": JSON.stringify(titled("Typo article")) });
    const before = await database.db.article.count();
    const workspaces = await database.db.workspace.count();
    const message =
      "--workspace: no workspace bluk (the workspaces are bulk, lines, owned); check the spelling, or add --create-workspace to create it";
    await expect(
      importMany(database.db, folder, { workspace: "bluk", publish: false, actorId: null }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message });
    await expect(
      importArticle(database.db, {
        annotation: titled("Typo article"),
        workspace: "bluk",
        publish: false,
        actorId: null,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message });
    expect(await database.db.article.count()).toBe(before);
    expect(await database.db.workspace.count()).toBe(workspaces);
  });
});
