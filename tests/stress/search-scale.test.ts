// Search costs about the same on ten times the claims: each kind ranks a bounded number of
// matches read from a GIN index (issue 13: 40 searches on 100k claims once ran 77 s).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { testEngines } from "../support/test-databases";
import { medianMs, ratio } from "./measure";

async function addPublishedClaims(db: Database["db"], articleId: string, from: number, to: number) {
  await db.$executeRaw`
    INSERT INTO claim (article_id, start_offset, end_offset, exact, kind, review_state)
    SELECT ${articleId}::uuid, 0, 1, 'statement number ' || g || ' about topic ' || (g % 997), 'PARAPHRASE', 'PUBLISHED'
    FROM generate_series(${from}::int, ${to}::int) g`;
}

describe.each(testEngines())("search at scale, on $name", (engine) => {
  let database: Database;
  let articleId: string;
  beforeAll(async () => {
    database = await engine.open();
    const [workspace] = await database.db.$queryRaw<Array<{ id: string }>>`
      INSERT INTO workspace (slug, name) VALUES ('stress', 'Stress desk') RETURNING id::text`;
    const [article] = await database.db.$queryRaw<Array<{ id: string }>>`
      INSERT INTO article (workspace_id, slug, title, body, status)
      VALUES (${workspace!.id}::uuid, 'stress-statements', 'Statements', 'x', 'PUBLISHED') RETURNING id::text`;
    articleId = article!.id;
  });
  afterAll(() => database?.close());

  it("answers a word found in every claim as fast, within 4×, on 30,000 claims as on 3,000", async () => {
    const anonymous = createCaller(createInnerContext({ db: database.db }));
    const search = () => anonymous.search.query({ query: "statement topic" });
    await addPublishedClaims(database.db, articleId, 1, 3_000);
    await database.db.$executeRawUnsafe("ANALYZE claim");
    const small = await medianMs(search, 3);
    await addPublishedClaims(database.db, articleId, 3_001, 30_000);
    await database.db.$executeRawUnsafe("ANALYZE claim");
    const large = await medianMs(search, 3);
    console.log(`search on ${engine.name}: 3,000 claims ${small.toFixed(0)} ms, 30,000 claims ${large.toFixed(0)} ms`);
    expect((await search()).length).toBe(50);
    expect(ratio(large, small)).toBeLessThan(4);
  });
});
