// Every procedure, sent garbage over HTTP as an editor would send it (wrong types, huge strings,
// NUL, lone surrogates, deep nesting, real ids beside wrong fields): only 4xx, never 5xx, and a
// refused write stores nothing (rows of every table and their versions unchanged).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { createInnerContext } from "@/server/trpc/context";
import { createTrpcHandler } from "@/server/trpc/fetch-handler";
import { appRouter } from "@/server/trpc/root";
import { countRows, createEditingFixture, type EditingFixture } from "../support/editing-fixtures";
import { testEngines } from "../support/test-databases";

const RUNS_PER_PROCEDURE = 8;
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>,
).map(([path, procedure]) => ({ path, type: procedure._def.type }));

const nasty = fc.oneof(
  fc.constant("\u0000"),
  fc.constant("Mac\ud800ron"),
  fc.constant("\udfff"),
  fc.constant("x".repeat(300_000)),
  fc.constant("<script>alert(1)</script>"),
  fc.string({ unit: "binary" }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(-1),
  fc.constant(2 ** 53),
);

function deepNesting(depth: number): unknown {
  let value: unknown = "deep";
  for (let level = 0; level < depth; level++) value = { nested: [value] };
  return value;
}

describe.each(testEngines())("fuzzing every procedure, on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;
  let handle: (request: Request) => Promise<Response>;
  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
    handle = createTrpcHandler(async () => createInnerContext({ db: fx.db, session: fx.session("editor") }));
  });
  afterAll(() => database?.close());

  async function send(path: string, type: string, input: unknown): Promise<number> {
    const body = JSON.stringify(input) ?? "";
    const request =
      type === "query"
        ? new Request(`http://localhost/api/trpc/${path}?input=${encodeURIComponent(body)}`)
        : new Request(`http://localhost/api/trpc/${path}`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body,
          });
    const response = await handle(request);
    await response.arrayBuffer();
    return response.status;
  }

  it(`answers ${procedures.length} procedures' garbage with 4xx only, storing nothing when it refuses`, async () => {
    const ids = {
      workspaceId: fx.workspace.id,
      articleId: fx.article.id,
      claimId: fx.claim.id,
      hopId: fx.hop.id,
      sourceId: fx.sources.macron.id,
    };
    const input = fc.oneof(
      fc.anything({ maxDepth: 3 }),
      fc.dictionary(fc.constantFrom("title", "content", "name", "query", "cue", "version", "id", "slug"), nasty),
      fc.record({ extra: fc.dictionary(fc.string(), nasty) }).map(({ extra }) => ({ ...ids, ...extra })),
      fc
        .constantFrom("title", "content", "name", "query", "cue", "note", "exact")
        .chain((field) => nasty.map((value) => ({ ...ids, [field]: value, version: 1, claimVersion: 1 }))),
      fc.constant(deepNesting(100)),
    );
    const failures: string[] = [];
    for (const { path, type } of procedures) {
      await fc.assert(
        fc.asyncProperty(input, async (value) => {
          const before = type === "mutation" ? await countRows(fx.db) : null;
          const status = await send(path, type, value);
          if (status >= 500) failures.push(`${path} ${status} for ${JSON.stringify(value)?.slice(0, 200)}`);
          if (before && status >= 400) expect(await countRows(fx.db)).toEqual(before);
        }),
        { numRuns: RUNS_PER_PROCEDURE, seed: 13 },
      );
    }
    expect(failures).toEqual([]);
  });
});
