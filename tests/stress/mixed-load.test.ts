// A bounded mixed load on loopback (issue 13): readers (signed-out ones on the demo's published
// article, through the public reads' cache, and members on a draft) and editors together against the real
// tRPC handler behind a Node HTTP server, on PGlite and PostgreSQL, for CLAIMTRAIL_MIXED_LOAD_SECONDS
// (20 by default). Every answer must be a 200: no 5xx and no 4xx the load did not ask for. Memory
// is measured as a ratio in one run: the heap after a full collection once the load is over,
// against the same after a warm-up, so caches filled once count in the baseline.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { loadDemo } from "@/server/services/seed/load-demo";
import { createInnerContext } from "@/server/trpc/context";
import { createTrpcHandler } from "@/server/trpc/fetch-handler";
import { createEditingFixture, type EditingFixture, type Who } from "../support/editing-fixtures";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const SECONDS = Number(process.env.CLAIMTRAIL_MIXED_LOAD_SECONDS ?? 20);
const READERS = 6;
const EDITORS = 2;
/** The heap after the load, over the heap after the warm-up, both after a full collection. */
const MAX_HEAP_RATIO = 1.5;

setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

function heapAfterCollection(): { heap: number; rss: number } {
  for (let round = 0; round < 3; round++) collect();
  const { heapUsed, rss } = process.memoryUsage();
  return { heap: heapUsed, rss };
}

/** Serves the tRPC handler on loopback; the `x-who` header picks the fixture's caller. */
function serve(fx: EditingFixture): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const who = (incoming.headers["x-who"] ?? "anonymous") as Who;
    const handle = createTrpcHandler(async () => createInnerContext({ db: fx.db, session: fx.session(who) }));
    const response = await handle(
      new Request(`http://127.0.0.1${incoming.url}`, {
        method: incoming.method,
        headers: { "content-type": "application/json" },
        body: incoming.method === "POST" ? Buffer.concat(chunks) : undefined,
      }),
    );
    outgoing.writeHead(response.status, { "content-type": "application/json" });
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}

describe.each(testEngines())("a mixed load of readers and editors, on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;
  let server: Awaited<ReturnType<typeof serve>>;
  let published: { id: string; slug: string };
  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
    await loadDemo(database.db, repoRoot);
    published = await database.db.article.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      select: { id: true, slug: true },
    });
    server = await serve(fx);
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  async function call(who: Who, path: string, input: unknown, write: boolean): Promise<number> {
    const body = JSON.stringify(input);
    const response = write
      ? await fetch(`${server.url}/api/trpc/${path}`, { method: "POST", headers: { "x-who": who }, body })
      : await fetch(`${server.url}/api/trpc/${path}?input=${encodeURIComponent(body)}`, { headers: { "x-who": who } });
    await response.arrayBuffer();
    return response.status;
  }

  /** Runs readers and editors together until `until`, counting answers by status. */
  async function load(until: number, tag: string): Promise<Map<number, number>> {
    const statuses = new Map<number, number>();
    const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const reader = async (who: Who) => {
      while (Date.now() < until && who === "anonymous") {
        count(await call(who, "articles.bySlug", { slug: published.slug }, false));
        count(await call(who, "sourcing.article", { id: published.id }, false));
        count(await call(who, "articles.list", {}, false));
      }
      while (Date.now() < until) {
        count(await call(who, "sourcing.article", { id: fx.article.id }, false));
        count(await call(who, "sourcing.claim", { id: fx.claim.id }, false));
        count(await call(who, "search.query", { workspaceId: fx.workspace.id, query: "troops" }, false));
      }
    };
    const editor = async (who: Who, lane: number) => {
      for (let round = 0; Date.now() < until; round++) {
        const name = `Load ${tag} ${lane} ${round}`;
        count(await call(who, "sources.findOrCreate", { workspaceId: fx.workspace.id, name, type: "OUTLET" }, true));
        const content = `${name}: the minister said the harbour would reopen on Monday. Officials agreed.`;
        count(await call(who, "editing.createArticle", { workspaceId: fx.workspace.id, title: name, content }, true));
      }
    };
    const readers = Array.from({ length: READERS }, (_, index) =>
      reader((["anonymous", "viewer", "editor"] as const)[index % 3]!),
    );
    const editors = Array.from({ length: EDITORS }, (_, index) => editor(index ? "owner" : "editor", index));
    await Promise.all([...readers, ...editors]);
    return statuses;
  }

  it(`answers every request of ${SECONDS} s of readers and editors with 200, and gives its memory back`, async () => {
    const warmUp = await load(Date.now() + Math.min(3, SECONDS) * 1000, "warm-up");
    expect([...warmUp.keys()]).toEqual([200]);
    const before = heapAfterCollection();

    const statuses = await load(Date.now() + SECONDS * 1000, "load");
    const answered = [...statuses.values()].reduce((sum, value) => sum + value, 0);
    expect(Object.fromEntries(statuses)).toEqual({ 200: answered });
    expect(answered).toBeGreaterThan(READERS + EDITORS);

    const after = heapAfterCollection();
    const heapRatio = after.heap / before.heap;
    console.info(
      `${engine.name}: ${answered} answers in ${SECONDS} s; heap after/before ${heapRatio.toFixed(2)}, rss after/before ${(after.rss / before.rss).toFixed(2)}`,
    );
    expect(heapRatio).toBeLessThan(MAX_HEAP_RATIO);
  });
});
