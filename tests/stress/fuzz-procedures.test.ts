// Every procedure, sent garbage over HTTP (wrong types, huge strings, NUL, lone surrogates, deep
// nesting, real ids beside wrong fields) by a signed-out client, an editor and an owner, so that
// the owners' procedures read their input too: only 4xx, never 5xx, and a refused write stores
// nothing (every row of every table unchanged, rate-limit counters aside).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/server/database/open-database";
import { createInnerContext } from "@/server/trpc/context";
import { createTrpcHandler } from "@/server/trpc/fetch-handler";
import { appRouter } from "@/server/trpc/root";
import { createEditingFixture, type EditingFixture, type Who } from "../support/editing-fixtures";
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

/** Who sends the garbage: the owner last, since what it manages to do may change the fixture. */
const SENDERS: Who[] = ["anonymous", "editor", "owner"];
/** Written on refusals by design: a refused sign-in counts against its limit. */
const UNWATCHED_TABLES = new Set(["rate_limit_counter", "_prisma_migrations"]);

/** Every table's rows, as one digest per table (row count and an MD5 of the rows in order). */
async function fingerprint(db: Db): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const digests: Record<string, string> = {};
  for (const { name } of tables) {
    if (UNWATCHED_TABLES.has(name)) continue;
    const [row] = await db.$queryRawUnsafe<{ digest: string }[]>(
      `SELECT count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest FROM "${name}" t`,
    );
    digests[name] = row!.digest;
  }
  return digests;
}

function deepNesting(depth: number): unknown {
  let value: unknown = "deep";
  for (let level = 0; level < depth; level++) value = { nested: [value] };
  return value;
}

describe.each(testEngines())("fuzzing every procedure, on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;
  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
  });
  afterAll(() => database?.close());

  async function send(who: Who, path: string, type: string, input: unknown): Promise<number> {
    const handle = createTrpcHandler(async () => createInnerContext({ db: fx.db, session: fx.session(who) }));
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

  it.each(SENDERS)(
    `answers ${procedures.length} procedures' garbage from %s with 4xx only, storing nothing when it refuses`,
    async (who) => {
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
            const before = type === "mutation" ? await fingerprint(fx.db) : null;
            const status = await send(who, path, type, value);
            if (status >= 500) failures.push(`${path} ${status} for ${JSON.stringify(value)?.slice(0, 200)}`);
            if (before && status >= 400) {
              const after = await fingerprint(fx.db);
              const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
              if (changed.length) failures.push(`${path} ${status} changed ${changed.join(", ")}`);
            }
          }),
          { numRuns: RUNS_PER_PROCEDURE, seed: 13 },
        );
      }
      expect(failures).toEqual([]);
    },
  );
});
