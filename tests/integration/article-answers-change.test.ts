// The article read keeps each claim's answer by the text the database gave for the claim
// (claim-answers.ts). Whatever a reader is shown must change as soon as it changes in the
// database, with no version bumped and no cache told: a hop, a source's name, standing or
// retraction, a claim's own fields. After each change the read equals the answer built afresh
// from Prisma's select, and the claims nothing touched are still the answers kept.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleSourcing } from "@/lib/sourcing/schemas";
import type { Database, Db } from "@/server/database/open-database";
import { loadDemo } from "@/server/services/seed/load-demo";
import { claimSourcingSelect, sourcesOf } from "@/server/services/sourcing/claim-sourcing-select";
import { toClaimSourcing } from "@/server/services/sourcing/to-claim-sourcing";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { TROOPS } from "../support/editing-fixtures";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const SLUG = "macron-coalition-of-the-willing";

/** The answer built from Prisma's select, with nothing kept from an earlier read. */
async function readAfresh(db: Db, articleId: string): Promise<Pick<ArticleSourcing, "sources" | "claims">> {
  const rows = await db.claim.findMany({
    where: { articleId, reviewState: "PUBLISHED" },
    orderBy: [{ startOffset: "asc" }, { id: "asc" }],
    select: claimSourcingSelect,
  });
  return { sources: sourcesOf(rows), claims: rows.map(toClaimSourcing) };
}

describe.each(testEngines())("the article read after a change on $name", (engine) => {
  let database: Database;
  let read: () => Promise<ArticleSourcing>;
  let troopsId: string;

  beforeAll(async () => {
    database = await engine.open();
    await loadDemo(database.db, repoRoot);
    const reader = createCaller(createInnerContext({ db: database.db }));
    read = () => reader.sourcing.article({ slug: SLUG });
    troopsId = (await read()).claims.find((claim) => claim.quote.startsWith(TROOPS.slice(0, 40)))!.id;
  });
  afterAll(() => database.close());

  /** Reads before and after `change`: the changed claims differ, the others are the same objects kept. */
  async function readAround(change: () => Promise<unknown>) {
    const before = await read();
    await change();
    const after = await read();
    const { article, ...shown } = after;
    expect(shown).toEqual(await readAfresh(database.db, article.id));
    expect(JSON.stringify(after)).not.toBe(JSON.stringify(before));
    const kept = after.claims.filter((claim, i) => claim === before.claims[i]).map((claim) => claim.id);
    return { before, after, kept, troops: after.claims.find((claim) => claim.id === troopsId)! };
  }

  it("serves an unchanged claim from what it kept", async () => {
    const [first, second] = [await read(), await read()];
    expect(second.claims.every((claim, i) => claim === first.claims[i])).toBe(true);
    expect(Object.isFrozen(second.claims[0])).toBe(true);
  });

  it("shows a hop's new relation and confidence, and the provenance derived from them", async () => {
    const hop = (await read()).claims.find((claim) => claim.id === troopsId)!.hops[0]!;
    const { troops, kept, after } = await readAround(() =>
      database.db.hop.update({ where: { id: hop.id }, data: { confidence: 0.25, firstHand: !hop.firstHand } }),
    );
    expect(troops.hops[0]).toMatchObject({ id: hop.id, confidence: 0.25, firstHand: !hop.firstHand });
    expect(troops.graph.hops.find((graphHop) => graphHop.id === hop.id)).toMatchObject({ confidence: 0.25 });
    expect(kept).not.toContain(troopsId);
    expect(kept.length).toBeGreaterThan(after.claims.length / 2);
  });

  it("shows a source's new name wherever it appears", async () => {
    const source = (await read()).claims.find((claim) => claim.id === troopsId)!.hops[0]!.from;
    const { troops, after } = await readAround(() =>
      database.db.source.update({ where: { id: source.id }, data: { name: "Renamed Agency" } }),
    );
    expect(troops.hops[0]!.from.name).toBe("Renamed Agency");
    expect(troops.graph.sources.find((node) => node.id === source.id)?.name).toBe("Renamed Agency");
    expect(after.sources.find((listed) => listed.id === source.id)?.name).toBe("Renamed Agency");
  });

  it("shows a retracted source, its note for readers, and the provenance that follows", async () => {
    const before = (await read()).claims.find((claim) => claim.id === troopsId)!;
    const origin = before.hops.at(-1)!.from;
    const { troops, after } = await readAround(() =>
      database.db.source.update({
        where: { id: origin.id },
        data: { standing: "RETRACTED", standingNote: "The agency withdrew the story.", publicNote: "Wire." },
      }),
    );
    expect(after.sources.find((listed) => listed.id === origin.id)).toMatchObject({
      standing: "RETRACTED",
      standingNote: "The agency withdrew the story.",
      publicNote: "Wire.",
    });
    expect(troops.graph.sources.find((node) => node.id === origin.id)?.standing).toBe("RETRACTED");
    expect(troops.provenance).not.toEqual(before.provenance);
  });

  it("shows a hop's correction and a claim's edited fields", async () => {
    const hop = (await read()).claims.find((claim) => claim.id === troopsId)!.hops[0]!;
    const { troops: corrected } = await readAround(() =>
      database.db.hop.update({ where: { id: hop.id }, data: { standing: "CORRECTED", evidenceNote: "Checked." } }),
    );
    expect(corrected.hops[0]).toMatchObject({ standing: "CORRECTED", evidenceNote: "Checked." });
    const { troops: edited } = await readAround(() =>
      database.db.claim.update({ where: { id: troopsId }, data: { note: "Ask the ministry.", cue: "according to" } }),
    );
    expect(edited).toMatchObject({ note: "Ask the ministry.", cue: "according to" });
  });
});
