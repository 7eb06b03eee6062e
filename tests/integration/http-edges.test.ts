// The API's HTTP edge, through the same handler the app mounts: bodies over their limit are
// refused before parsing (413, naming the limit), with or without a declared length; deep
// nesting, NUL and lone surrogates are 400s that say what was wrong; batches are capped; and a
// failure of ours is a 500 that carries a reference and no internals, logged once with it; a
// write from a page of another origin is refused.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/server/database/open-database";
import { createInnerContext } from "@/server/trpc/context";
import { createTrpcHandler } from "@/server/trpc/fetch-handler";
import { MAX_BATCH_SIZE } from "@/server/trpc/request-limits";
import { createEditingFixture, type EditingFixture } from "../support/editing-fixtures";
import { testEngines } from "../support/test-databases";

type TrpcError = { error: { message: string; data: { code: string; httpStatus: number; reference: string | null } } };

describe.each(testEngines())("the API's HTTP edge, on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;
  let handle: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
    handle = createTrpcHandler(async () => createInnerContext({ db: fx.db, session: fx.session("editor") }));
  });
  afterAll(() => database?.close());

  function post(path: string, body: BodyInit, headers: Record<string, string> = {}) {
    return handle(
      new Request(`http://localhost/api/trpc/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body,
        duplex: "half",
      } as RequestInit),
    );
  }

  async function errorOf(response: Response) {
    return ((await response.json()) as TrpcError).error;
  }

  it("refuses a body over its limit by its declared length, before reading it (413 naming the limit)", async () => {
    const response = await post("auth.signIn", JSON.stringify({ email: "a@b.org", password: "x".repeat(300_000) }));
    expect(response.status).toBe(413);
    expect((await errorOf(response)).message).toMatch(/larger than 256 KiB, the limit for auth\.signIn/);
  });

  it("counts a body sent without a length (chunked) and stops at the limit", async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Endless unless the reader stops: the handler must cancel it past 256 KiB.
        sent += chunk.byteLength;
        controller.enqueue(sent === chunk.byteLength ? new TextEncoder().encode('{"email":"') : chunk);
      },
    });
    const response = await post("auth.signIn", stream);
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(1024 * 1024);
  });

  it("gives a whole article's text room up to its own limit", async () => {
    // 190,000 characters of Cyrillic: 0.36 MB of UTF-8, over the default body limit (256 KiB),
    // under the article text limit (200,000 characters).
    const content = "Министры встретились в понедельник. ".repeat(5_300).slice(0, 190_000);
    expect(new TextEncoder().encode(content).byteLength).toBeGreaterThan(300 * 1024);
    const response = await post(
      "editing.createArticle",
      JSON.stringify({ workspaceId: fx.workspace.id, title: "Long read", content }),
    );
    expect(response.status, await response.clone().text()).toBe(200);
  });

  it("takes a mutation without input sent with an empty body", async () => {
    expect((await post("auth.createApiToken", "")).status).toBe(200);
  });

  it("refuses deep nesting before parsing it (400)", async () => {
    const response = await post("auth.signIn", `${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(/nests more than 32 levels/);
  });

  it("refuses a NUL character or a lone surrogate anywhere in the input (400 naming the field)", async () => {
    const nul = await post(
      "editing.createArticle",
      JSON.stringify({ workspaceId: fx.workspace.id, title: "Mini\u0000sters", content: "Text." }),
    );
    expect(nul.status).toBe(400);
    expect((await errorOf(nul)).message).toMatch(/^title contains a NUL character/);

    const surrogate = await post("auth.signIn", JSON.stringify({ email: "a@b.org", password: "pass\ud800word" }));
    expect(surrogate.status).toBe(400);
    expect((await errorOf(surrogate)).message).toMatch(/^password contains a broken character/);

    const inUrl = await handle(
      new Request(`http://localhost/api/trpc/articles.bySlug?input=${encodeURIComponent('{"slug":"a\\u0000b"}')}`),
    );
    expect(inUrl.status).toBe(400);
  });

  it(`answers a batch of more than ${MAX_BATCH_SIZE} calls with 400, and serves one of ${MAX_BATCH_SIZE}`, async () => {
    const batch = (count: number) => {
      const paths = Array.from({ length: count }, () => "articles.list").join(",");
      return handle(new Request(`http://localhost/api/trpc/${paths}?batch=1&input={}`));
    };
    expect((await batch(MAX_BATCH_SIZE + 1)).status).toBe(400);
    expect((await batch(MAX_BATCH_SIZE)).status).toBe(200);
  });

  it("refuses a write from a page of another origin, another port included (403), and takes its own", async () => {
    const signIn = (headers: Record<string, string>) =>
      post("auth.signIn", JSON.stringify({ email: "nobody@example.org", password: "not the password" }), headers);
    const foreign: Array<Record<string, string>> = [
      { origin: "http://localhost:3001" },
      { origin: "https://elsewhere.example" },
      { origin: "null" },
      { "sec-fetch-site": "same-site" },
      { "sec-fetch-site": "cross-site", origin: "http://localhost" },
    ];
    for (const headers of foreign) {
      const response = await signIn(headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect((await errorOf(response)).message).toMatch(/another site/);
    }
    // The app's own pages, and scripts that send no Origin (a CMS, the CLI), get an answer.
    expect((await signIn({ origin: "http://localhost", "sec-fetch-site": "same-origin" })).status).toBe(401);
    expect((await signIn({})).status).toBe(401);
    // Reads change nothing, so a page elsewhere may make them (a public article's sourcing).
    const read = await handle(
      new Request("http://localhost/api/trpc/articles.list", { headers: { origin: "https://elsewhere.example" } }),
    );
    expect(read.status).toBe(200);
  });

  it("refuses form data and raw streams: no procedure takes them (415, 400)", async () => {
    const form = new FormData();
    form.set("email", "a@b.org");
    const response = await handle(new Request("http://localhost/api/trpc/auth.signIn", { method: "POST", body: form }));
    expect(response.status).toBe(415);
  });

  it("answers a failure of ours with 500 and a reference, logs it once with that reference, and leaks nothing", async () => {
    await fx.db.$executeRawUnsafe("ALTER TABLE audit_event RENAME TO audit_event_gone");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const response = await post(
        "editing.createArticle",
        JSON.stringify({ workspaceId: fx.workspace.id, title: "Ministers meet", content: "Ministers met." }),
      );
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(text).not.toMatch(/audit_event|prisma|invocation|relation|stack/i);
      const error = (JSON.parse(text) as TrpcError).error;
      expect(error.data.reference).toMatch(/^[0-9a-f]{8}$/);
      expect(error.message).toContain(`reference ${error.data.reference}`);
      const lines = logged.mock.calls
        .map((call) => String(call[0]))
        .filter((line) => line.includes(error.data.reference!));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/audit_event/);
    } finally {
      logged.mockRestore();
      await fx.db.$executeRawUnsafe("ALTER TABLE audit_event_gone RENAME TO audit_event");
    }
  });
});
