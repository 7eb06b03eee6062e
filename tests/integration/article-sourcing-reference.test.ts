// The benchmark's reference query (bench/article-sourcing-sql.ts) returns exactly the rows and
// columns a signed-out reader receives from `sourcing.article`, no more and no less: the same
// article and body, the same published claims with every field, hop and source, the internal
// note of a source never, and no row for a draft. Otherwise the ratio of the read to it says
// nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTICLE_SOURCING_SQL } from "@/bench/article-sourcing-sql";
import { planNewsroom } from "@/lib/newsroom/plan-newsroom";
import type { Database } from "@/server/database/open-database";
import { writeNewsroom } from "@/server/services/newsroom/write-newsroom";
import { loadDemo } from "@/server/services/seed/load-demo";
import { readArticleWithClaims } from "@/server/services/sourcing/article-claims-query";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const INTERNAL = "internal note: do not publish";

type Row = Record<string, unknown> & { claims: unknown };

/** Dates as the answer writes them (ISO, UTC): PostgreSQL's JSON writes an offset, columns come as Date. */
function normalized(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, inner) =>
    (key === "publishedAt" || key === "occurredAt" || key === "published_at") && typeof inner === "string"
      ? new Date(inner).toISOString()
      : inner,
  );
}

describe.each(testEngines())("the reference query of the sourcing read on $name", (engine) => {
  let database: Database;

  beforeAll(async () => {
    database = await engine.open();
    const { db } = database;
    await loadDemo(db, repoRoot);
    await writeNewsroom(db, planNewsroom({ claims: 200, seed: 3 }), { workspaceSlug: "desk" });
    await db.source.updateMany({ data: { notes: INTERNAL } });
    const hop = await db.hop.findFirstOrThrow({
      where: { claim: { reviewState: "PUBLISHED" } },
      orderBy: { id: "asc" },
    });
    await db.source.update({
      where: { id: hop.fromSourceId },
      data: { standing: "RETRACTED", standingNote: "Withdrawn.", publicNote: "A wire agency." },
    });
    const held = await db.claim.findFirstOrThrow({ where: { reviewState: "PUBLISHED" }, orderBy: { id: "desc" } });
    await db.claim.update({ where: { id: held.id }, data: { reviewState: "IN_REVIEW" } });
  });
  afterAll(() => database.close());

  it("returns what a signed-out reader receives, for every article", async () => {
    const { db } = database;
    const reader = createCaller(createInnerContext({ db }));
    const articles = await db.article.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } });
    expect(articles.some((article) => article.status !== "PUBLISHED")).toBe(true);
    let claims = 0;
    for (const { id, status } of articles) {
      const rows = await db.$queryRawUnsafe<Row[]>(ARTICLE_SOURCING_SQL, id);
      const text = JSON.stringify(rows);
      expect(text).not.toContain(INTERNAL);
      if (status !== "PUBLISHED") {
        expect(rows).toEqual([]);
        await expect(reader.sourcing.article({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
        continue;
      }
      const [{ claims: referenceClaims, body, ...article }] = rows as [Row];
      const answer = await reader.sourcing.article({ id });
      const { body: answerBody, ...answerArticle } = answer.article;
      const columns = Object.fromEntries(
        Object.entries(answerArticle).map(([key, value]) => [
          key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
          value,
        ]),
      );
      expect(normalized(article)).toEqual(columns);
      expect(body).toBe(answerBody);
      // The rows the read is built from, field for field (held to Prisma's select by article-claims-query.test.ts).
      const read = await readArticleWithClaims(db, { id }, null);
      expect(normalized(referenceClaims)).toEqual(normalized(read!.claims));
      const listed = referenceClaims as Array<{ id: string; hops: Array<{ id: string; from: unknown; to: unknown }> }>;
      expect(listed.map((claim) => claim.id)).toEqual(answer.claims.map((claim) => claim.id));
      expect(listed.map((claim) => claim.hops.map((hop) => hop.id))).toEqual(
        answer.claims.map((claim) => claim.hops.map((hop) => hop.id)),
      );
      // Every source the reader is shown, with every field shown, and none besides.
      const sources = new Map<string, unknown>();
      for (const claim of read!.claims) {
        for (const source of [
          claim.speaker,
          claim.primaryRecordSource,
          ...claim.namedSources.map((named) => named.source),
          ...claim.hops.flatMap((hop) => [hop.from, hop.to]),
        ]) {
          if (source) sources.set(source.id, source);
        }
      }
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect([...sources.values()].sort(byId as never)).toEqual([...answer.sources].sort(byId));
      claims += listed.length;
    }
    expect(claims).toBeGreaterThan(150);
  });
});
