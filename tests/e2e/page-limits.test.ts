// The per-client limit on page reads of signed-out readers (issue 13: only the API was limited,
// and the store of whole pages answers without asking the database). Set to 5 a minute here; the
// default is 600. Pages, stored or rendered, and API reads (stored answers too) count against
// one budget, checked before a stored page or answer is served; past it, a readable 429 page
// with Retry-After. Behind one trusted proxy, so each test is its own client (the address before
// the one scripts/serve.mjs appends); an IPv6 client counts by its /64. Under `next start`,
// proxy.ts asks the same limit.
import http from "node:http";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, buildApp, startAppServer } from "./support/app-server";
import { hasChromium, launchBrowser } from "./support/browser";
import { signUpOverHttp } from "./support/confirm-sign-up";

const SLUG = "macron-coalition-of-the-willing";

describe("the per-client limit on pages for signed-out readers", () => {
  let server: AppServer;
  let member = "";
  beforeAll(async () => {
    buildApp();
    server = await startAppServer(undefined, {
      CLAIMTRAIL_PUBLIC_READS_PER_MINUTE: "5",
      CLAIMTRAIL_TRUSTED_PROXIES: "1",
    });
    member = await signUpOverHttp(
      server,
      { email: "member@example.org", name: "Member", password: "a long enough password" },
      { "x-forwarded-for": "192.0.2.200" },
    );
  });
  afterAll(() => server?.stop());

  /** The answer with its body read (a page is kept once it has been sent in full). */
  async function read(address: string, client: string, cookie?: string) {
    const response = await fetch(`${server.url}${address}`, {
      headers: { "x-forwarded-for": client, ...(cookie ? { cookie } : {}) },
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text: async () => text };
  }

  it("counts pages, stored ones too, and API reads against one budget; then a 429 page with Retry-After", async () => {
    const client = "198.51.100.1";
    const statuses: number[] = [];
    const stored: Array<string | null> = [];
    for (let i = 0; i < 3; i++) {
      const response = await read(`/articles/${SLUG}`, client);
      statuses.push(response.status);
      stored.push(response.headers.get("x-claimtrail-cache"));
    }
    for (let i = 0; i < 2; i++) {
      const response = await read("/api/trpc/articles.list", client);
      statuses.push(response.status);
      stored.push(response.headers.get("x-claimtrail-cache"));
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    // A stored API answer counts as the API would have.
    expect(stored.slice(1)).toEqual(["hit", "hit", "miss", "hit"]);

    const refused = await read(`/articles/${SLUG}`, client);
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get("retry-after"));
    expect(Number.isInteger(wait) && wait >= 1 && wait <= 60).toBe(true);
    expect(refused.headers.get("content-type")).toMatch(/^text\/html/);
    expect(refused.headers.get("cache-control")).toBe("private, no-store");
    expect(refused.headers.get("x-content-type-options")).toBe("nosniff");
    expect(refused.headers.get("x-frame-options")).toBe("DENY");
    expect(refused.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(refused.headers.get("content-security-policy")).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
    expect(await refused.text()).toMatch(
      /too many reads from your address \(at most 5 a minute without signing in\); try again in \d+ seconds/,
    );
    expect((await read("/api/trpc/articles.list", client)).status).toBe(429);
    expect((await read("/", client)).status).toBe(429);
    expect((await read(`/articles/${SLUG}`, "198.51.100.2")).status).toBe(200);
  });

  /** The status of a GET sent with its target exactly as written (fetch would resolve "..": curl --path-as-is). */
  function readRaw(target: string, client: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const request = http.get(
        `${server.url}/`,
        { path: target, headers: { "x-forwarded-for": client } },
        (response) => {
          response.resume();
          response.on("end", () => resolve(response.statusCode ?? 0));
        },
      );
      request.on("error", reject);
    });
  }

  it("counts a page reached through dot segments from the API, built files or the icon", async () => {
    const client = "198.51.100.5";
    for (let i = 0; i < 5; i++) expect((await read(`/articles/${SLUG}`, client)).status).toBe(200);
    expect((await read("/", client)).status).toBe(429);
    for (const target of [
      `/api/../articles/${SLUG}`,
      `/_next/../articles/${SLUG}`,
      `/_next/%2e%2e/articles/${SLUG}`,
      `/favicon.ico/../articles/${SLUG}`,
    ])
      expect(await readRaw(target, client), target).toBe(429);
    // Within its budget, such a page is rendered (not refused), counted, and never stored.
    expect(await readRaw(`/api/../articles/${SLUG}`, "198.51.100.6")).toBe(200);
  });

  it("gives a page asked for with `Purpose: prefetch` its policy when the store misses, and counts it", async () => {
    const client = "198.51.100.8";
    const first = await fetch(`${server.url}/articles/${SLUG}?prefetched=1`, {
      headers: { "x-forwarded-for": client, purpose: "prefetch" },
    });
    expect(await first.text()).toContain("<html");
    expect(first.headers.get("x-claimtrail-cache")).not.toBe("hit");
    expect(first.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    for (let i = 0; i < 4; i++) expect((await read(`/articles/${SLUG}`, client)).status).toBe(200);
    expect((await read(`/articles/${SLUG}`, client)).status).toBe(429);
  });

  it("counts every IPv6 address of one /64 as one client", async () => {
    for (let i = 1; i <= 5; i++) expect((await read(`/articles/${SLUG}`, `2001:db8:1:2::${i}`)).status).toBe(200);
    expect((await read(`/articles/${SLUG}`, "2001:db8:1:2:ffff:ffff:ffff:ffff")).status).toBe(429);
    expect((await read(`/articles/${SLUG}`, "2001:db8:1:3::1")).status).toBe(200);
  });

  it("does not count a signed-in reader's pages, but counts a made-up session cookie", async () => {
    for (let i = 0; i < 8; i++) expect((await read(`/articles/${SLUG}`, "198.51.100.3", member)).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await read(`/articles/${SLUG}`, "198.51.100.4", "claimtrail_session=made-up")).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  describe.skipIf(!hasChromium)("in chromium", () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(() => browser?.close());

    it("costs one read per article view: its links prefetch nothing, in view or hovered", async () => {
      const client = "198.51.100.7";
      const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": client } });
      const page = await context.newPage();
      // Requests the gate counts: anything but the API, built files and the icon.
      const pageReads: string[] = [];
      page.on("request", (request) => {
        const { origin, pathname, search } = new URL(request.url());
        if (origin === server.url && !/^\/(?:api\/|_next\/|favicon\.ico$)/.test(pathname))
          pageReads.push(`${pathname}${search}`);
      });
      await page.goto(`${server.url}/articles/${SLUG}`, { waitUntil: "networkidle" });
      // Every link on screen once, then hovered: where Next.js would prefetch.
      const links = page.locator("a[href^='/']");
      expect(await links.count()).toBeGreaterThan(1);
      for (const link of await links.all()) if (await link.isVisible()) await link.hover();
      await page.mouse.wheel(0, 100_000);
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(1_000);
      expect(pageReads).toEqual([`/articles/${SLUG}`]);
      // The server counted that one read: four more of the five, then 429.
      for (let i = 0; i < 4; i++) expect((await read("/", client)).status).toBe(200);
      expect((await read("/", client)).status).toBe(429);
      await context.close();
    });
  });
});

// Started with `next start` itself, no scripts/serve.mjs asks the limit first: proxy.ts does, for
// each page Next.js is about to render. Behind a trusted proxy the entry it appended is the client
// (Next.js keeps a given X-Forwarded-For); with none, every reader would share one key, so pages
// are not limited there and the server says why once (docs/SECURITY.md).
describe("the per-client page limit under `next start`", () => {
  let proxied: AppServer;
  let bare: AppServer;
  beforeAll(async () => {
    buildApp();
    proxied = await startAppServer(
      undefined,
      { CLAIMTRAIL_PUBLIC_READS_PER_MINUTE: "5", CLAIMTRAIL_TRUSTED_PROXIES: "1" },
      "next start",
    );
    bare = await startAppServer(undefined, { CLAIMTRAIL_PUBLIC_READS_PER_MINUTE: "5" }, "next start");
  });
  afterAll(async () => {
    await proxied?.stop();
    await bare?.stop();
  });

  async function status(server: AppServer, address: string, client: string): Promise<number> {
    const response = await fetch(`${server.url}${address}`, { headers: { "x-forwarded-for": client } });
    await response.arrayBuffer();
    return response.status;
  }

  it("behind a trusted proxy, counts each client's pages and API reads once, against one budget", async () => {
    const client = "198.51.100.60";
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push(await status(proxied, `/articles/${SLUG}`, client));
    for (let i = 0; i < 2; i++) statuses.push(await status(proxied, "/api/trpc/articles.list", client));
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const refused = await fetch(`${proxied.url}/`, { headers: { "x-forwarded-for": client } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await refused.text()).toMatch(/too many reads from your address \(at most 5 a minute without signing in\)/);
    // What the client wrote before the proxy's entry changes nothing; another client reads on.
    expect(await status(proxied, `/articles/${SLUG}`, `203.0.113.1, ${client}`)).toBe(429);
    expect(await status(proxied, `/articles/${SLUG}`, "198.51.100.61")).toBe(200);
  });

  /** A page asked for as a prefetch would be: the headers are the client's to choose. */
  const PREFETCH_HEADERS: Array<Record<string, string>> = [{ purpose: "prefetch" }, { "next-router-prefetch": "1" }];

  it("counts a page asked for with prefetch headers and gives it its policy and Cache-Control", async () => {
    for (const [i, prefetch] of PREFETCH_HEADERS.entries()) {
      const client = `198.51.100.${62 + i}`;
      const statuses: number[] = [];
      for (let n = 0; n < 7; n++) {
        const response = await fetch(`${proxied.url}/articles/${SLUG}`, {
          headers: { "x-forwarded-for": client, ...prefetch },
        });
        await response.arrayBuffer();
        statuses.push(response.status);
        if (response.status !== 200) continue;
        const policy = response.headers.get("content-security-policy") ?? "";
        expect(policy, JSON.stringify(prefetch)).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
        expect(response.headers.get("cache-control"), JSON.stringify(prefetch)).toMatch(/^public, /);
      }
      expect(statuses, JSON.stringify(prefetch)).toEqual([200, 200, 200, 200, 200, 429, 429]);
    }
  });

  it("with no trusted proxy, limits no page rather than every reader together, and says why once", async () => {
    for (let i = 0; i < 8; i++) expect(await status(bare, `/articles/${SLUG}`, `198.51.100.${70 + i}`)).toBe(200);
    const warnings = bare.output().match(/was started with `next start` and CLAIMTRAIL_TRUSTED_PROXIES=0/g) ?? [];
    expect(warnings).toHaveLength(1);
  });
});
