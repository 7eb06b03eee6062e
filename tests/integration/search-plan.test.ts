// The plan PostgreSQL itself picks for a search (default planner settings, no VACUUM after the
// writes, as in a newsroom between two autovacuums): what runs reads no growing table whole.
// Once, every search read the GIN indexes' pending lists (up to 4 MB of words written since the
// last VACUUM) and, costing them, the planner read the claim table whole: a search for the
// words of one article took ×1.6–2.0 as long in a ten times larger database. The lists are now
// at most 64 kB (migration search_index_short_pending_list). query-plans.test.ts checks that an
// index could serve each read; this checks that the planner takes it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planNewsroom } from "@/lib/newsroom/plan-newsroom";
import type { Database } from "@/server/database/open-database";
import { writeNewsroom } from "@/server/services/newsroom/write-newsroom";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { createQueryCounter } from "../support/count-queries";
import { testEngines } from "../support/test-databases";

const GROWING_TABLES = new Set(["claim", "hop", "claim_named_source", "source", "article"]);

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Actual Loops"?: number; Plans?: PlanNode[] };

/** The scans that ran and read a growing table whole. */
function wholeTableReads(node: PlanNode): string[] {
  const table = node["Relation Name"];
  const own =
    node["Node Type"] === "Seq Scan" && table && GROWING_TABLES.has(table) && (node["Actual Loops"] ?? 0) > 0
      ? [`Seq Scan on ${table}`]
      : [];
  return [...own, ...(node.Plans ?? []).flatMap(wholeTableReads)];
}

describe.each(testEngines())("search plan on $name", (engine) => {
  let database: Database;
  const { counter, wrapAdapter } = createQueryCounter();

  beforeAll(async () => {
    database = await engine.open({ wrapAdapter });
    const { db } = database;
    // Between two autovacuums, whenever the test runs.
    for (const table of GROWING_TABLES)
      await db.$executeRawUnsafe(`ALTER TABLE "${table}" SET (autovacuum_enabled = off)`);
    await writeNewsroom(db, planNewsroom({ claims: 6000 }), { workspaceSlug: "plan" });
    const article = await db.article.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } });
    await db.article.update({ where: { id: article.id }, data: { title: "Zanzibar ferry timetable" } });
    await db.$executeRawUnsafe("ANALYZE claim, hop, claim_named_source, source, article");
  });
  afterAll(() => database.close());

  it.each(["Zanzibar ferry", "port tariffs"])(
    "a signed-out search for %s reads claims through their index",
    async (words) => {
      const anonymous = createCaller(createInnerContext({ db: database.db }));
      counter.reset();
      const hits = await anonymous.search.query({ query: words });
      if (words === "Zanzibar ferry") expect(hits.map((hit) => hit.title)).toEqual(["Zanzibar ferry timetable"]);
      const search = counter.queries.find((query) => query.sql.includes("websearch_to_tsquery"))!;
      const plan = await database.db.$queryRawUnsafe<Array<{ "QUERY PLAN": Array<{ Plan: PlanNode }> }>>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${search.sql}`,
        ...search.args,
      );
      expect(wholeTableReads(plan[0]!["QUERY PLAN"][0]!.Plan)).toEqual([]);
    },
  );
});
