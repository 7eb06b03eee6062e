// The plans of the hot queries: every statement that the public pages, the editors' lists and
// the impact preview send is EXPLAINed again, and none may read a table that grows with the
// newsroom without an index to narrow it. The newsroom is synthetic (3,000 claims, analysed).
// At that size reading a small table whole is often the cheapest plan, so the planner's choice
// says little about a newsroom of a million claims; what the test checks instead is whether an
// index could serve each read at all: with sequential scans and hash and merge joins switched
// off, every condition on a table (join conditions included) lands on the scan of that table,
// and that scan's conditions must fix the leading column of one of the table's indexes (by
// equality, or a text-search match for the GIN indexes). A read that no index can narrow fails whatever the sizes and estimates: the test is
// about the schema and the queries, so it does not flake.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planNewsroom } from "@/lib/newsroom/plan-newsroom";
import type { Database } from "@/server/database/open-database";
import { writeNewsroom } from "@/server/services/newsroom/write-newsroom";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { createQueryCounter } from "../support/count-queries";
import { testEngines } from "../support/test-databases";

/** Small by nature (one row per newsroom or per term); everything else grows. */
const SMALL_TABLES = new Set(["workspace", "workspace_term", "_prisma_migrations"]);

const PLANNER_SETTINGS = ["enable_seqscan", "enable_hashjoin", "enable_mergejoin"];

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Cond"?: string;
  "Recheck Cond"?: string;
  Filter?: string;
  Plans?: PlanNode[];
};

/** The reads of a plan that no index of their table can narrow; `leading` lists each table's indexes' first columns. */
function unindexedReads(node: PlanNode, leading: Map<string, string[]>): string[] {
  const table = node["Relation Name"];
  const conditions = `${node["Index Cond"] ?? ""} ${node["Recheck Cond"] ?? ""} ${node.Filter ?? ""}`;
  // Equality on the column (a key, a join, "= ANY") or a text-search match: a range like
  // "id > $1" may still span it all.
  const narrowed = (leading.get(table ?? "") ?? []).some((column) =>
    new RegExp(`\\b${column}\\s*(=|@@)`).test(conditions),
  );
  const own =
    table && !SMALL_TABLES.has(table) && !narrowed
      ? [`${node["Node Type"]} on ${table} (${conditions.trim() || "no condition"})`]
      : [];
  return [...own, ...(node.Plans ?? []).flatMap((child) => unindexedReads(child, leading))];
}

const EXPLAINABLE = /^\s*(SELECT|WITH|INSERT|UPDATE|DELETE)\b/i;

describe.each(testEngines())("hot query plans on $name", (engine) => {
  let database: Database;
  const { counter, wrapAdapter } = createQueryCounter();
  let anonymous: ReturnType<typeof createCaller>;
  let editor: ReturnType<typeof createCaller>;
  let fx: { workspaceId: string; articleSlug: string; claimId: string; wireId: string; workspaceSlug: string };

  beforeAll(async () => {
    database = await engine.open({ wrapAdapter });
    const db = database.db;
    const written = await writeNewsroom(db, planNewsroom({ claims: 3000 }), { workspaceSlug: "plans" });
    const user = await db.user.create({ data: { email: "plans@example.org", name: "Plans" }, select: { id: true } });
    await db.membership.create({ data: { workspaceId: written.workspaceId, userId: user.id, role: "EDITOR" } });
    const article = await db.article.findFirstOrThrow({
      where: { workspaceId: written.workspaceId, status: "PUBLISHED" },
      select: { slug: true, claims: { where: { reviewState: "PUBLISHED" }, take: 1, select: { id: true } } },
    });
    const wire = await db.source.findFirstOrThrow({ where: { name: "Agence France-Presse" }, select: { id: true } });
    fx = {
      workspaceId: written.workspaceId,
      workspaceSlug: "plans",
      articleSlug: article.slug,
      claimId: article.claims[0]!.id,
      wireId: wire.id,
    };
    anonymous = createCaller(createInnerContext({ db }));
    editor = createCaller(
      createInnerContext({ db, session: { userId: user.id, email: "plans@example.org", name: "Plans" } }),
    );
  });
  afterAll(() => database.close());

  const HOT: Record<string, () => Promise<unknown>> = {
    "home list": async () => {
      const first = await anonymous.articles.list();
      await anonymous.articles.list({ cursor: first.nextCursor! });
    },
    "article page": () => anonymous.sourcing.article({ slug: fx.articleSlug }),
    "article detail": () => anonymous.articles.bySlug({ slug: fx.articleSlug }),
    "anonymous search": () => anonymous.search.query({ query: "port tariffs" }),
    "search in a workspace": () => editor.search.query({ query: "Agence France-Presse", workspaceId: fx.workspaceId }),
    "claim page": () => anonymous.sourcing.claim({ id: fx.claimId }),
    "wire agency's page": async () => {
      const first = await anonymous.sourcing.source({ id: fx.wireId });
      await anonymous.sourcing.source({ id: fx.wireId, after: first.nextCursor! });
    },
    "wire agency's impact preview": () => editor.sources.impactPreview({ sourceId: fx.wireId, standing: "RETRACTED" }),
    "editors' article list": async () => {
      const first = await editor.workspaces.bySlug({ slug: fx.workspaceSlug });
      await editor.workspaces.bySlug({ slug: fx.workspaceSlug, cursor: first.nextCursor! });
    },
    "editors' source list": async () => {
      const first = await editor.sourceRecords.list({ workspaceId: fx.workspaceId, limit: 50 });
      await editor.sourceRecords.list({ workspaceId: fx.workspaceId, limit: 50, cursor: first.nextCursor! });
    },
  };

  it.each(Object.keys(HOT))("reads every growing table through an index: %s", async (name) => {
    const leading = new Map(
      (
        await database.db.$queryRawUnsafe<Array<{ table: string; columns: string[] }>>(
          `SELECT t.relname::text AS table, array_agg(DISTINCT a.attname::text) AS columns
           FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
           JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
           GROUP BY t.relname`,
        )
      ).map((row) => [row.table, row.columns]),
    );
    counter.reset();
    await HOT[name]!();
    const queries = counter.queries.filter((query) => EXPLAINABLE.test(query.sql));
    expect(queries.length).toBeGreaterThan(0);
    const scans: string[] = [];
    for (const query of queries) {
      const plan = await database.db.$transaction(async (tx) => {
        for (const setting of PLANNER_SETTINGS) await tx.$executeRawUnsafe(`SET LOCAL ${setting} = off`);
        return tx.$queryRawUnsafe<Array<{ "QUERY PLAN": Array<{ Plan: PlanNode }> }>>(
          `EXPLAIN (FORMAT JSON) ${query.sql}`,
          ...query.args,
        );
      });
      for (const read of unindexedReads(plan[0]!["QUERY PLAN"][0]!.Plan, leading))
        scans.push(`${read}: ${query.sql.replace(/\s+/g, " ").trim().slice(0, 300)}`);
    }
    expect(scans).toEqual([]);
  });
});
