// The public pages served from the app server's cache of public reads, on both engines: a change
// an editor makes (publishing, unpublishing, a claim's words about its source, a retraction)
// shows on the next signed-out read; a draft never does; the headers tell a CDN what it may keep.
// Signed-out pages are served again from the store of whole pages (X-Claimtrail-Cache: hit)
// until a write drops it; members, and a navigation's payload requests, never get a stored copy.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dropTestDatabase } from "../support/drop-database";
import { type AppServer, buildApp, startAppServer } from "./support/app-server";
import { signUpOverHttp } from "./support/confirm-sign-up";

const SLUG = "macron-coalition-of-the-willing";
const TITLE_WORDS = "coalition-of-the-willing support force";
const PUBLIC = "public, max-age=0, s-maxage=60";
const PRIVATE = "private, no-store";

type Engine = { name: string; env(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> };

const engines: Engine[] = [{ name: "PGlite", env: async () => ({ env: {}, drop: async () => {} }) }];
const postgresUrl = process.env.TEST_DATABASE_URL;
if (postgresUrl)
  engines.push({
    name: "PostgreSQL",
    async env() {
      // An empty database: the server migrates it and loads the demo newsroom as on first start.
      const name = `claimtrail_t${process.pid}_cache_${randomBytes(3).toString("hex")}`;
      const admin = new pg.Client({ connectionString: postgresUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(postgresUrl);
      url.pathname = `/${name}`;
      return {
        env: { DATABASE_URL: url.toString() },
        drop: async () => void (await dropTestDatabase(postgresUrl, name)),
      };
    },
  });

describe.each(engines)("public pages from the cache on $name", (engine) => {
  let server: AppServer;
  let drop = async () => {};
  /** The server's DATABASE_URL on PostgreSQL, for a write the app does not make. */
  let databaseUrl: string | undefined;
  let owner = "";

  beforeAll(async () => {
    buildApp();
    const database = await engine.env();
    drop = database.drop;
    databaseUrl = database.env.DATABASE_URL;
    server = await startAppServer(undefined, database.env);
    // The first confirmed account owns the demo newsroom, and with it the seed article.
    owner = await signUpOverHttp(server, {
      email: "owner@example.org",
      name: "Owner",
      password: "a long enough password",
    });
  });
  afterAll(async () => {
    await server?.stop();
    await drop();
  });

  async function call(procedure: string, input: unknown, cookie?: string) {
    const response = await fetch(`${server.url}/api/trpc/${procedure}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { result?: { data: unknown }; error?: { message: string } };
    if (!response.ok) throw new Error(`${procedure}: ${response.status} ${body.error?.message}`);
    return { data: body.result!.data, cookie: response.headers.get("set-cookie")?.split(";")[0] };
  }

  function query(procedure: string, input: unknown, headers: Record<string, string> = {}) {
    return fetch(`${server.url}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`, {
      headers,
    });
  }

  async function page(address: string, cookie?: string) {
    const response = await fetch(`${server.url}${address}`, { headers: cookie ? { cookie } : {} });
    return { status: response.status, headers: response.headers, html: await response.text() };
  }

  type Sourcing = {
    article: { id: string; workspaceId: string; title: string };
    sources: Array<{ id: string; name: string }>;
    claims: Array<{ id: string; version: number; cue: string | null; speaker: { id: string; name: string } | null }>;
  };
  async function sourcing(cookie: string): Promise<Sourcing> {
    const response = await query("sourcing.article", { slug: SLUG }, { cookie });
    return ((await response.json()) as { result: { data: Sourcing } }).result.data;
  }

  it("marks public pages and answers for shared caches, and signed-in ones private", async () => {
    const anonymous = await page(`/articles/${SLUG}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get("cache-control")).toBe(PUBLIC);
    expect(anonymous.headers.get("vary")).toMatch(/\bCookie\b/);
    expect(anonymous.headers.get("content-security-policy")).toMatch(
      /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
    );
    expect((await page("/")).headers.get("cache-control")).toBe(PUBLIC);
    expect((await page("/signin")).headers.get("cache-control")).toBe(PRIVATE);
    const signedIn = await page(`/articles/${SLUG}`, owner);
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get("cache-control")).toBe(PRIVATE);

    const answer = await query("sourcing.article", { slug: SLUG });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe(PUBLIC);
    expect(answer.headers.get("vary")).toMatch(/\bCookie\b/);
    const etag = answer.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await query("sourcing.article", { slug: SLUG }, { "if-none-match": etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const member = await query("sourcing.article", { slug: SLUG }, { cookie: owner });
    expect(member.headers.get("cache-control")).toBe(PRIVATE);
    expect(member.headers.get("etag")).toBeNull();
    expect((await query("auth.me", undefined)).headers.get("cache-control")).toBe(PRIVATE);
  });

  it("serves a signed-out page again as it was sent, nonce included, and never to a member", async () => {
    const address = `/articles/${SLUG}?via=${randomBytes(3).toString("hex")}`;
    const first = await page(address);
    expect(first.status).toBe(200);
    expect(first.headers.get("x-claimtrail-cache")).toBe("miss");
    const second = await page(address);
    expect(second.headers.get("x-claimtrail-cache")).toBe("hit");
    expect(second.html).toBe(first.html);
    for (const name of ["content-security-policy", "cache-control", "vary", "content-type"])
      expect(second.headers.get(name)).toBe(first.headers.get(name));
    const etag = second.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    const unchanged = await fetch(`${server.url}${address}`, { headers: { "if-none-match": etag! } });
    expect(unchanged.status).toBe(304);
    const head = await fetch(`${server.url}${address}`, { method: "HEAD" });
    expect(head.headers.get("x-claimtrail-cache")).toBe("hit");
    expect(await head.text()).toBe("");

    // A member's page is rendered for them, as is one carrying a session cookie that names nobody.
    for (const cookie of [owner, "claimtrail_session=made-up"]) {
      const rendered = await page(address, cookie);
      expect(rendered.status).toBe(200);
      expect(rendered.headers.get("x-claimtrail-cache")).toBeNull();
      expect(rendered.headers.get("cache-control")).toBe(PRIVATE);
      expect(rendered.headers.get("content-security-policy")).not.toBe(first.headers.get("content-security-policy"));
    }
  });

  it("serves a signed-out API answer again byte for byte as tRPC sent it, and never to a member", async () => {
    const input = { slug: SLUG };
    const first = await query("sourcing.article", input);
    const firstBody = await first.text();
    const stored = await query("sourcing.article", input);
    expect(stored.headers.get("x-claimtrail-cache")).toBe("hit");
    const storedBody = await stored.text();
    // A fresh answer from tRPC (a session cookie that names nobody is signed out, never stored).
    const fresh = await query("sourcing.article", input, { cookie: "claimtrail_session=made-up" });
    expect(fresh.headers.get("x-claimtrail-cache")).toBeNull();
    const freshBody = await fresh.text();
    expect(storedBody).toBe(freshBody);
    expect(storedBody).toBe(firstBody);
    expect(JSON.parse(storedBody)).toHaveProperty("result.data.article.title");
    for (const name of ["etag", "cache-control", "vary", "content-type", "content-security-policy"])
      expect(stored.headers.get(name), name).toBe(fresh.headers.get(name));
    const unchanged = await query("sourcing.article", input, { "if-none-match": `W/${stored.headers.get("etag")}` });
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get("x-claimtrail-cache")).toBe("hit");
    // A batch of shareable reads is kept as one answer; one with a private read never is.
    const batch = `/api/trpc/articles.list,sourcing.article?batch=1&input=${encodeURIComponent(JSON.stringify({ 1: input }))}`;
    await (await fetch(`${server.url}${batch}`)).arrayBuffer();
    expect((await fetch(`${server.url}${batch}`)).headers.get("x-claimtrail-cache")).toBe("hit");
    const mixed = `/api/trpc/sourcing.article,auth.me?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: input }))}`;
    for (let i = 0; i < 2; i++)
      expect((await fetch(`${server.url}${mixed}`)).headers.get("x-claimtrail-cache")).toBeNull();
    // A member reads their own answer from the database, private.
    const member = await query("sourcing.article", input, { cookie: owner });
    expect(member.headers.get("x-claimtrail-cache")).toBeNull();
    expect(member.headers.get("cache-control")).toBe(PRIVATE);
  });

  it("keeps a navigation's payload request apart from the page: kept by nobody, never from the store", async () => {
    const address = `/articles/${SLUG}`;
    await page(address);
    expect((await page(address)).headers.get("x-claimtrail-cache")).toBe("hit");
    const payloadRequests: Array<Record<string, string>> = [{ rsc: "1" }, { rsc: "1", "next-router-prefetch": "1" }];
    for (const headers of payloadRequests) {
      for (const target of [address, `${address}?_rsc=abc12`]) {
        const response = await fetch(`${server.url}${target}`, { headers, redirect: "manual" });
        expect(response.headers.get("cache-control")).toBe(PRIVATE);
        expect(response.headers.get("x-claimtrail-cache")).toBeNull();
        expect(response.headers.get("content-type") ?? "").not.toMatch(/text\/html/);
      }
    }
    // A signed-out navigation the app redirects (307 to `?_rsc`) is no longer public either.
    const home = await fetch(`${server.url}/`, { headers: { rsc: "1" }, redirect: "manual" });
    expect(home.headers.get("cache-control")).toBe(PRIVATE);
  });

  it("takes an article off the public pages when it is unpublished, and back when published", async () => {
    const { article } = await sourcing(owner);
    expect((await page("/")).html).toContain(TITLE_WORDS);
    await call("editing.setArticleStatus", { articleId: article.id, status: "DRAFT" }, owner);

    const draft = await page(`/articles/${SLUG}`);
    expect(draft.status).toBe(404);
    expect(draft.html).not.toContain(TITLE_WORDS);
    expect((await page("/")).html).not.toContain(TITLE_WORDS);
    expect((await query("sourcing.article", { slug: SLUG })).status).toBe(404);
    // Its members still read the draft, and their page is kept by nobody.
    const members = await page(`/articles/${SLUG}`, owner);
    expect(members.status).toBe(200);
    expect(members.headers.get("cache-control")).toBe(PRIVATE);

    await call("editing.setArticleStatus", { articleId: article.id, status: "PUBLISHED" }, owner);
    expect((await page(`/articles/${SLUG}`)).status).toBe(200);
    expect((await page("/")).html).toContain(TITLE_WORDS);
  });

  it("shows a change to a claim on the next read of its public pages", async () => {
    const claim = (await sourcing(owner)).claims.find((candidate) => candidate.speaker !== null)!;
    const cue = `told the ${randomBytes(4).toString("hex")} desk`;
    const before = await page(`/claims/${claim.id}`);
    expect(before.status).toBe(200);
    expect(before.html).not.toContain(cue);
    const readCue = async () => {
      const response = await query("sourcing.claim", { id: claim.id });
      const body = (await response.json()) as { result: { data: { cue: string } } };
      return { cue: body.result.data.cue, cache: response.headers.get("x-claimtrail-cache") };
    };
    await readCue();
    expect(await readCue()).toEqual({ cue: claim.cue, cache: "hit" });
    const stored = await page(`/claims/${claim.id}`);
    expect(stored.headers.get("x-claimtrail-cache")).toBe("hit");
    expect(stored.html).not.toContain(cue);

    await call("editing.updateClaim", { claimId: claim.id, version: claim.version, cue }, owner);
    const changed = await page(`/claims/${claim.id}`);
    expect(changed.headers.get("x-claimtrail-cache")).toBe("miss");
    expect(changed.html).toContain(cue);
    expect((await page(`/claims/${claim.id}`)).headers.get("x-claimtrail-cache")).toBe("hit");
    expect(await readCue()).toEqual({ cue, cache: "miss" });
    expect(await readCue()).toEqual({ cue, cache: "hit" });
  });

  it("shows a source's retraction on the next read of the article and source pages", async () => {
    const { article, claims } = await sourcing(owner);
    const speaker = claims.find((candidate) => candidate.speaker !== null)!.speaker!;
    const note = `Retracted: the interview ${randomBytes(4).toString("hex")} was misattributed.`;
    for (const address of [`/articles/${SLUG}`, `/sources/${speaker.id}`]) {
      const before = await page(address);
      expect(before.status).toBe(200);
      expect(before.html).not.toContain(note);
    }
    const found = (await (
      await query(
        "sources.search",
        { workspaceId: article.workspaceId, query: speaker.name, limit: 50 },
        { cookie: owner },
      )
    ).json()) as { result: { data: Array<{ id: string; version: number }> } };
    const version = found.result.data.find((source) => source.id === speaker.id)!.version;

    await call("sources.setStanding", { sourceId: speaker.id, version, standing: "RETRACTED", note }, owner);
    const articlePage = await page(`/articles/${SLUG}`);
    expect(articlePage.html).toContain(note);
    expect(articlePage.html).toContain('data-standing="RETRACTED"');
    expect((await page(`/sources/${speaker.id}`)).html).toContain(note);
  });

  it.runIf(engine.name === "PostgreSQL")(
    "serves signed-out readers from the cache: a change made outside the app waits for its time bound",
    async () => {
      const claim = (await sourcing(owner)).claims.find((candidate) => candidate.speaker !== null)!;
      expect((await page(`/claims/${claim.id}`)).status).toBe(200);
      const cue = `said to the ${randomBytes(4).toString("hex")} wire`;
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        await client.query("UPDATE claim SET cue = $1 WHERE id = $2", [cue, claim.id]);
      } finally {
        await client.end();
      }
      // No write of the app told the cache: the public page is the cached one, a member's is read afresh.
      const cached = await page(`/claims/${claim.id}`);
      expect(cached.html).not.toContain(cue);
      // The cue an earlier test set through the app is what the cached page still says.
      expect(claim.cue).toMatch(/^told the \w+ desk$/);
      expect(cached.html).toContain(claim.cue!);
      expect((await page(`/claims/${claim.id}`, owner)).html).toContain(cue);
    },
  );
  it.runIf(engine.name === "PostgreSQL")(
    "takes an article unpublished by another server off this one's pages once its cache time has passed",
    async () => {
      // A second app server on the same database, keeping public reads for 1 s instead of 60.
      const other = await startAppServer(undefined, {
        DATABASE_URL: databaseUrl!,
        CLAIMTRAIL_PUBLIC_CACHE_SECONDS: "1",
      });
      try {
        const claim = (await sourcing(owner)).claims[0]!;
        const read = async () => (await fetch(`${other.url}/claims/${claim.id}`)).status;
        expect(await read()).toBe(200);
        // Unpublished by a server that is not `other`: nothing tells `other`'s cache.
        const client = new pg.Client({ connectionString: databaseUrl });
        await client.connect();
        try {
          await client.query("UPDATE article SET status = 'DRAFT' WHERE slug = $1", [SLUG]);
        } finally {
          await client.end();
        }
        // Its re-read now answers "no such claim": that answer must replace the cached page
        // (a failed re-read once kept the old page public for good).
        let status = 200;
        for (let attempt = 0; attempt < 20 && status === 200; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 1_000));
          status = await read();
        }
        expect(status).toBe(404);
      } finally {
        await other.stop();
      }
    },
  );
});
