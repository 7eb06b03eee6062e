// An editor records an interview as a hop's relation ("interviewed by"): it is saved, read back,
// kept through a delete and its undo, and it raises nothing: the same chain told ("said to")
// has the same directness, independent paths and confidence (issue 11).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HopRelation } from "@/lib/vocabulary";
import type { Database } from "@/server/database/open-database";
import { createEditingFixture, type EditingFixture } from "../support/editing-fixtures";
import { testEngines } from "../support/test-databases";

describe.each(testEngines())("interview hops in the editor, on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;
  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
  });
  afterAll(() => database.close());

  /** Macron → journalists (`relation`, second-hand as recorded) → La Dépêche du Midi → this article. */
  async function relayed(relation: HopRelation) {
    const { macron, journalists, depeche } = fx.sources;
    const created = await fx.callers.editor.editing.createClaim({
      articleId: fx.article.id,
      ...fx.troopsSpan(),
      kind: "PARAPHRASE",
      speakerId: macron.id,
      hops: [
        { fromSourceId: macron.id, toSourceId: journalists.id, relation, firstHand: false, confidence: 0.5 },
        {
          fromSourceId: journalists.id,
          toSourceId: depeche.id,
          relation: "REPORTED_BY",
          firstHand: true,
          confidence: 0.9,
        },
        { fromSourceId: depeche.id, toSourceId: null, relation: "PARAPHRASED_BY", firstHand: false, confidence: 0.75 },
      ],
    });
    return fx.callers.editor.sourcing.claim({ id: created.id });
  }

  it("saves an interview second-hand as recorded, with the same figures as the chain told", async () => {
    const interview = await relayed("INTERVIEWED_BY");
    const told = await relayed("SAID_TO");
    expect(interview.hops[0]).toMatchObject({ relation: "INTERVIEWED_BY", firstHand: false, confidence: 0.5 });
    expect(interview.provenance.directness).toBe("indirect");
    expect(interview.provenance.independentPaths).toBe(told.provenance.independentPaths);
    expect(interview.provenance.independentPaths).toBe(1);
    expect(interview.provenance.confidence).toBeCloseTo(told.provenance.confidence, 10);
    expect(interview.provenance.confidence).toBeCloseTo(0.5 * 0.9 * 0.75, 10);
    expect(interview.provenance.weakestLink?.reason).toBe("second-hand interview, confidence 0.5");
  });

  it("changes a hop to an interview in place, leaving its hand and confidence as they were", async () => {
    const hop = await fx.freshHop();
    await fx.callers.editor.editing.updateHop({
      hopId: hop.id,
      claimVersion: hop.claimVersion,
      relation: "INTERVIEWED_BY",
    });
    const claim = await fx.callers.editor.sourcing.claim({ id: hop.claimId });
    expect(claim.hops[0]).toMatchObject({ id: hop.id, relation: "INTERVIEWED_BY", firstHand: true, confidence: 0.9 });
  });

  it("undoes a removed interview hop as an interview", async () => {
    const hop = await fx.freshHop();
    const changed = await fx.callers.editor.editing.updateHop({
      hopId: hop.id,
      claimVersion: hop.claimVersion,
      relation: "INTERVIEWED_BY",
    });
    const removed = await fx.callers.editor.editing.removeHop({ hopId: hop.id, claimVersion: changed.claimVersion });
    await fx.callers.editor.editing.undoDelete({ eventId: removed.eventId, claimVersion: removed.claimVersion });
    const claim = await fx.callers.editor.sourcing.claim({ id: hop.claimId });
    expect(claim.hops.map(({ id, relation }) => ({ id, relation }))).toEqual([
      { id: hop.id, relation: "INTERVIEWED_BY" },
    ]);
  });
});
