// Badly encoded addresses on the production server (issue 13: every dynamic route answered a bare
// 500 and logged nothing): the API answers 400 in plain text naming the address, pages a
// readable 400 page, and a well-encoded address still reaches its route.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, buildApp, startAppServer } from "./support/app-server";

const API_PATHS = ["/api/trpc/%ff", "/api/snapshots/%ff"];
const PAGE_PATHS = [
  "/articles/%ff",
  "/claims/%ff",
  "/sources/%ff",
  "/sources/%ff/after/%ff",
  "/latest/%ff%fe",
  "/editor/%ff",
  "/articles/%E0%A4%A",
];

describe("badly encoded addresses on the running app", () => {
  let server: AppServer;
  beforeAll(async () => {
    buildApp();
    server = await startAppServer();
  });
  afterAll(() => server?.stop());

  it.each(API_PATHS)("answers GET %s with 400 naming the address", async (path) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await response.text()).toBe(`bad address: ${path} is not valid percent-encoded UTF-8`);
  });

  it("answers a POST of a revision to a badly encoded article with 400", async () => {
    const response = await fetch(`${server.url}/api/articles/%ff/revisions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "a revision" }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toBe("bad address: /api/articles/%ff/revisions is not valid percent-encoded UTF-8");
  });

  it.each(PAGE_PATHS)("answers the page %s with a readable 400 page", async (path) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).toContain("<h1>Bad address</h1>");
    expect(page).toContain(`${path} is not valid percent-encoded UTF-8`);
  });

  it("still routes well-encoded addresses, API and pages alike", async () => {
    expect((await fetch(`${server.url}/articles/no-such-article-%C3%A9`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/trpc/articles.list`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/snapshots/no-such-%20snapshot`)).status).not.toBe(500);
    expect(server.output()).not.toMatch(/URIError|Internal Server Error/);
  });
});
