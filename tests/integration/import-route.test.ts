// POST /api/workspaces/<slug>/imports (server/http/import-request.ts): a CMS imports annotated
// articles with an editor's API token and gets the import's report; a re-sent body is all
// "unchanged"; no token 401, a viewer 403, another workspace or a token scoped elsewhere 404,
// a body past the limit 413 with nothing stored.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NOT_YOURS_MESSAGE } from "@/lib/errors";
import type { Database } from "@/server/database/open-database";
import { answerImportRequest, MAX_IMPORT_BYTES } from "@/server/http/import-request";
import { closeCpuPool } from "@/server/workers/cpu-pool";
import { createEditingFixture, type EditingFixture } from "../support/editing-fixtures";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const fixture = JSON.parse(
  fs.readFileSync(path.join(repoRoot, "tests", "fixtures", "annotation", "issue-12-cases.json"), "utf8"),
);
const article = (n: number) => ({ ...fixture, title: `Council story ${n}`, url: `https://cms.example.org/${n}` });
const jsonLines = (...files: unknown[]) => files.map((file) => JSON.stringify(file)).join("\n");

afterAll(() => closeCpuPool());

describe.each(testEngines())("the import route on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;
  let editorToken: string;
  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
    editorToken = (await fx.callers.editor.auth.createApiToken({ name: "CMS", workspaceId: fx.workspace.id })).token;
  });
  afterAll(() => database?.close());

  function post(body: string, options: { token?: string; slug?: string; query?: string; type?: string } = {}) {
    const slug = options.slug ?? fx.workspace.slug;
    const request = new Request(`http://localhost/api/workspaces/${slug}/imports${options.query ?? ""}`, {
      method: "POST",
      headers: {
        "content-type": options.type ?? "application/x-ndjson",
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body,
    });
    return answerImportRequest(database.db, request, slug);
  }

  it("imports JSON Lines with an editor's token and answers the report; the same body again is unchanged", async () => {
    const body = jsonLines(article(1), { title: "No body", claims: [] }, article(2));
    const response = await post(body, { token: editorToken, query: "?publish=1" });
    expect(response.status).toBe(200);
    const report = await response.json();
    expect(report.workspace).toBe(fx.workspace.slug);
    expect(report.articles.map((a: { file: string; claims: number }) => [a.file, a.claims])).toEqual([
      ["line 1", 5],
      ["line 3", 5],
    ]);
    expect(report.refused).toEqual([
      { file: "line 2", reason: "the file has no article.body: give the article's text with --body FILE" },
    ]);
    const stored = await database.db.article.findMany({
      where: { url: { startsWith: "https://cms.example.org/" } },
      select: { status: true },
    });
    expect(stored.map((row) => row.status)).toEqual(["PUBLISHED", "PUBLISHED"]);
    const audit = await database.db.auditEvent.findFirstOrThrow({
      where: { action: "article.import", entityId: report.articles[0].id },
      select: { actorId: true },
    });
    expect(audit.actorId).toBe(fx.users.editor.userId);

    const again = await (await post(body, { token: editorToken })).json();
    expect(again.articles).toEqual([]);
    expect(again.unchanged.map((a: { file: string }) => a.file)).toEqual(["line 1", "line 3"]);

    const asJson = await post(JSON.stringify([article(3)]), { token: editorToken, type: "application/json" });
    expect((await asJson.json()).articles).toMatchObject([{ file: "article 1", claims: 5 }]);
  });

  it("refuses an entry holding a NUL or a lone surrogate with its reason, and imports the others", async () => {
    const withNul = { ...article(10), title: "Council\u0000story" };
    const withSurrogate = { ...article(11), title: "Council \uD800 story" };
    const response = await post(jsonLines(article(12), withNul, withSurrogate), { token: editorToken });
    expect(response.status).toBe(200);
    const report = await response.json();
    expect(report.articles.map((a: { file: string }) => a.file)).toEqual(["line 1"]);
    expect(report.refused).toEqual([
      { file: "line 2", reason: expect.stringContaining("NUL character") },
      { file: "line 3", reason: expect.stringContaining("lone UTF-16 surrogate") },
    ]);
  });

  it("names the workspace when every entry is refused", async () => {
    const response = await post(jsonLines({ ...article(13), title: "Council\u0000story" }), { token: editorToken });
    expect(response.status).toBe(200);
    const report = await response.json();
    expect(report).toMatchObject({ workspace: fx.workspace.slug, articles: [], unchanged: [] });
    expect(report.refused).toHaveLength(1);
  });

  it("refuses to publish where the workspace requires a second review, storing nothing", async () => {
    await database.db.workspace.update({ where: { id: fx.workspace.id }, data: { requireSecondReview: true } });
    try {
      const response = await post(jsonLines(article(20)), { token: editorToken, query: "?publish=1" });
      expect(response.status).toBe(403);
      expect((await response.json()).error.message).toMatch(/requires a second review/);
      expect(await database.db.article.count({ where: { url: "https://cms.example.org/20" } })).toBe(0);
    } finally {
      await database.db.workspace.update({ where: { id: fx.workspace.id }, data: { requireSecondReview: false } });
    }
  });

  it("answers 401 without a token, 403 for a viewer, 404 elsewhere, and 413 past the limit, storing nothing", async () => {
    const inWorkspace = () => database.db.article.count({ where: { workspaceId: fx.workspace.id } });
    const before = await inWorkspace();
    const body = jsonLines(article(10));
    expect((await post(body)).status).toBe(401);

    const viewer = (await fx.callers.viewer.auth.createApiToken({ name: "Viewer" })).token;
    const forbidden = await post(body, { token: viewer });
    expect(forbidden.status).toBe(403);

    const outsider = (await fx.callers.outsider.auth.createApiToken({ name: "Outsider" })).token;
    const elsewhere = await post(body, { token: outsider });
    expect(elsewhere.status).toBe(404);
    expect((await elsewhere.json()).error.message).toBe(NOT_YOURS_MESSAGE);
    // A token scoped to a workspace imports there, and nowhere else.
    const scopedOther = (
      await fx.callers.outsider.auth.createApiToken({ name: "Own desk", workspaceId: fx.otherWorkspace.id })
    ).token;
    expect((await post(body, { token: scopedOther, slug: fx.otherWorkspace.slug })).status).toBe(200);
    const owner = (await fx.callers.owner.auth.createApiToken({ name: "Scoped", workspaceId: fx.workspace.id })).token;
    expect((await post(body, { token: owner, slug: fx.otherWorkspace.slug })).status).toBe(404);
    expect((await post(body, { token: editorToken, slug: "no-such-desk" })).status).toBe(404);

    const tooLarge = await post("x".repeat(MAX_IMPORT_BYTES + 1), { token: editorToken });
    expect(tooLarge.status).toBe(413);
    expect((await tooLarge.json()).error.message).toMatch(/larger than 8 MiB, the limit for an import/);
    expect(await inWorkspace()).toBe(before);
  });

  // Issue 13: route handlers rethrew failures of ours silently; they are logged once, with the reference the client gets.
  it("answers a failure of ours with 500 and a reference, logs it once with that reference, and leaks nothing", async () => {
    await database.db.$executeRawUnsafe("ALTER TABLE audit_event RENAME TO audit_event_gone");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const response = await post(jsonLines(article(20)), { token: editorToken });
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(text).not.toMatch(/audit_event|prisma|invocation|relation|stack/i);
      const { error } = JSON.parse(text) as { error: { code: string; message: string; reference: string } };
      expect(error.reference).toMatch(/^[0-9a-f]{8}$/);
      expect(error.message).toContain(`reference ${error.reference}`);
      const lines = logged.mock.calls.map((call) => String(call[0])).filter((line) => line.includes(error.reference));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/audit_event/);
      expect(lines[0]).toContain("POST /api/workspaces/[workspace]/imports");
    } finally {
      logged.mockRestore();
      await database.db.$executeRawUnsafe("ALTER TABLE audit_event_gone RENAME TO audit_event");
    }
  });
});
