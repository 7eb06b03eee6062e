// `claimtrail export` and `claimtrail revise` while a running app server holds the embedded
// database: like the read commands, they go through that server — found in the data folder's
// lock (its recorded serverUrl) or named with --server — through its own routes on a real
// database: the export route as a reader gets it, the revisions webhook with an editor's API
// token (CLAIMTRAIL_API_TOKEN).
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as revisionsRoute } from "@/app/api/articles/[article]/revisions/route";
import { GET as baseUrlRoute } from "@/app/api/base-url/route";
import { GET as annotationsRoute } from "@/app/api/export/annotations/route";
import { GET as exportRoute } from "@/app/api/export/route";
import { GET as trpcGet, POST as trpcPost } from "@/app/api/trpc/[trpc]/route";
import type { Database } from "@/server/database/open-database";
import { streamAnnotations } from "@/server/services/export/stream-annotations";
import { createEditingFixture, type EditingFixture } from "../support/editing-fixtures";
import { createRelayArticle } from "../support/factories";
import { type RouteServer, serveRoutes } from "../support/route-server";
import { runCli, tempDataDir } from "../support/run-cli";
import { testEngines } from "../support/test-databases";

/** A data folder held by this (live) process, as `npm start` holds it, recording `serverUrl`. */
function heldDataDir(serverUrl?: string): string {
  const dir = tempDataDir();
  fs.writeFileSync(
    path.join(dir, "claimtrail.lock"),
    JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString(), command: "serve", serverUrl }),
  );
  return dir;
}

describe.each(testEngines())("CLI through a running server, on $name", { timeout: 300_000 }, (engine) => {
  let database: Database;
  let fx: EditingFixture;
  let server: RouteServer;
  let published: { slug: string };
  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
    published = await createRelayArticle(database.db, fx.workspace.id, {
      title: "Published relay",
      claimCount: 3,
      outletsPerClaim: 1,
    });
    server = await serveRoutes(database, (request, pathname) => {
      if (pathname === "/api/export" && request.method === "GET") return exportRoute(request);
      if (pathname === "/api/export/annotations" && request.method === "GET") return annotationsRoute(request);
      if (pathname === "/api/base-url" && request.method === "GET") return baseUrlRoute(request);
      const revision = /^\/api\/articles\/([^/]+)\/revisions$/.exec(pathname);
      if (revision && request.method === "POST")
        return revisionsRoute(request, { params: Promise.resolve({ article: decodeURIComponent(revision[1]!) }) });
      if (pathname.startsWith("/api/trpc/")) return (request.method === "GET" ? trpcGet : trpcPost)(request);
      return null;
    });
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  it("exports through the server the lock names, as a reader gets the export", async () => {
    const dataDir = heldDataDir(server.url);
    const result = await runCli(["export", "--article", published.slug, "--format", "csv"], {
      CLAIMTRAIL_DATA_DIR: dataDir,
    });
    expect(result.stderr).not.toMatch(/claimtrail:/);
    expect(result.code).toBe(0);
    const direct = await exportRoute(new Request(`${server.url}/api/export?format=csv&article=${published.slug}`));
    expect(result.stdout).toBe(await direct.text());
    expect(result.stdout.split("\n").filter((line) => line.includes("Statement number"))).toHaveLength(3);

    const w3c = await runCli(["export", "--article", published.slug, "--format", "w3c", "--server", server.url], {
      CLAIMTRAIL_DATA_DIR: heldDataDir(),
    });
    expect(w3c.code).toBe(0);
    expect(JSON.parse(w3c.stdout)).toMatchObject({ type: "AnnotationCollection", total: 3 });
  });

  it("exports annotations through the server the lock names, the same lines the database gives, and names a missing workspace", async () => {
    const result = await runCli(["export", "--workspace", fx.workspace.slug, "--format", "annotations"], {
      CLAIMTRAIL_DATA_DIR: heldDataDir(server.url),
    });
    expect(result.stderr).not.toMatch(/claimtrail:/);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n").filter(Boolean);
    const direct: string[] = [];
    for await (const line of streamAnnotations(database.db, { kind: "workspace", workspace: fx.workspace.slug }, null))
      direct.push(line.trimEnd());
    expect(lines).toEqual(direct);
    expect(lines.map((line) => JSON.parse(line).title)).toContain("Published relay");
    expect(JSON.parse(lines.find((line) => line.includes("Published relay"))!).claims).toHaveLength(3);

    const missing = await runCli(
      ["export", "--workspace", "nowhere", "--format", "annotations", "--server", server.url],
      {
        CLAIMTRAIL_DATA_DIR: heldDataDir(),
      },
    );
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/no workspace nowhere/);
  });

  it("links a W3C export made through the server to the server's base, not localhost:3000 nor its own PUBLIC_URL, and says so", async () => {
    // The route server has no PUBLIC_URL: its base is the address it was reached at.
    const w3c = await runCli(["export", "--article", published.slug, "--format", "w3c", "--server", server.url], {
      CLAIMTRAIL_DATA_DIR: heldDataDir(),
      PUBLIC_URL: "https://not-the-server.example.org",
    });
    expect(w3c.code).toBe(0);
    expect(w3c.stderr).toContain(`links use ${server.url} (the server at ${server.url})`);
    const items: Array<{ id: string }> = JSON.parse(w3c.stdout).first.items;
    expect(items).toHaveLength(3);
    for (const item of items) expect(item.id.startsWith(`${server.url}/claims/`), item.id).toBe(true);
    expect(w3c.stdout).not.toMatch(/localhost:3000|not-the-server/);

    const csv = await runCli(["export", "--article", published.slug, "--format", "csv", "--server", server.url], {
      CLAIMTRAIL_DATA_DIR: heldDataDir(),
    });
    expect(csv.code).toBe(0);
    expect(csv.stderr).toContain(`links use ${server.url} (the server at ${server.url})`);
  });

  it("revises through the server with an editor's API token, and refuses without one", async () => {
    const dataDir = heldDataDir(server.url);
    const file = path.join(tempDataDir(), "corrected.txt");
    fs.writeFileSync(file, fx.article.body.replace("has elaborated on potential", "has elaborated on the potential"));

    const anonymous = await runCli(["revise", fx.article.slug, "--body-file", file], { CLAIMTRAIL_DATA_DIR: dataDir });
    expect(anonymous.code).toBe(6);
    expect(anonymous.stderr).toContain(
      `To revise through the server at ${server.url}, set CLAIMTRAIL_API_TOKEN to an editor's API token`,
    );

    const viewer = await fx.callers.viewer.auth.createApiToken({ name: "Viewer script" });
    const refused = await runCli(["revise", fx.article.slug, "--body-file", file, "--server", server.url], {
      CLAIMTRAIL_DATA_DIR: heldDataDir(),
      CLAIMTRAIL_API_TOKEN: viewer.token,
    });
    expect(refused.code).toBe(6);
    expect(await versionOf(fx.article.id)).toBe(1);

    const { token } = await fx.callers.editor.auth.createApiToken({ name: "CMS" });
    const result = await runCli(["revise", fx.article.slug, "--body-file", file, "--json"], {
      CLAIMTRAIL_DATA_DIR: dataDir,
      CLAIMTRAIL_API_TOKEN: token,
    });
    expect(result.stderr).not.toMatch(/claimtrail:/);
    expect(result.code).toBe(0);
    const revision = JSON.parse(result.stdout);
    expect(revision.article).toMatchObject({ slug: fx.article.slug, version: 2 });
    expect(await versionOf(fx.article.id)).toBe(2);
    const revised = await database.db.article.findUniqueOrThrow({
      where: { id: fx.article.id },
      select: { body: true },
    });
    for (const claim of revision.claims) expect(revised.body.slice(claim.start, claim.end)).toBe(claim.quote);
  });

  async function versionOf(articleId: string): Promise<number> {
    return (await database.db.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true } }))
      .version;
  }
});

describe("CLI export and revise when the server does not answer", { timeout: 300_000 }, () => {
  it("names the held folder and the silent server, storing nothing", async () => {
    const dataDir = heldDataDir("http://127.0.0.1:9");
    const file = path.join(tempDataDir(), "body.txt");
    fs.writeFileSync(file, "The mayor said the bridge will open.\n");
    const [exported, revised] = await Promise.all([
      runCli(["export", "--article", "any", "--format", "csv"], { CLAIMTRAIL_DATA_DIR: dataDir }),
      runCli(["revise", "any", "--body-file", file], { CLAIMTRAIL_DATA_DIR: dataDir, CLAIMTRAIL_API_TOKEN: "ctk_x" }),
    ]);
    for (const result of [exported, revised]) {
      expect(result.code).toBe(5);
      expect(result.stderr).toContain("is in use by another Claimtrail process");
      expect(result.stderr).toContain("The server at http://127.0.0.1:9 did not answer either");
    }
    expect(fs.existsSync(path.join(dataDir, "pglite"))).toBe(false);
  });
});
