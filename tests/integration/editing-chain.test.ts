// The chain builder and editing in place, through the procedures: a claim created with its whole
// chain in one step (two parallel outlets), a hop changed where it stands, and deletes that ask
// nothing of the server but can be undone from their audit record, captures included.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { createEditingFixture, type EditingFixture } from "../support/editing-fixtures";
import { testEngines } from "../support/test-databases";

describe.each(testEngines())("chains in one step, hops edited in place, deletes undone, on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;

  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
  });
  afterAll(() => database.close());

  const said = { relation: "SAID_TO" as const, firstHand: true, confidence: 0.9 };
  const reported = { relation: "REPORTED_BY" as const, firstHand: false, confidence: 0.75 };

  async function chainClaim() {
    const { macron, journalists, depeche, parisien } = fx.sources;
    return fx.callers.editor.editing.createClaim({
      articleId: fx.article.id,
      ...fx.troopsSpan(),
      kind: "PARAPHRASE",
      speakerId: macron.id,
      hops: [
        { fromSourceId: macron.id, toSourceId: journalists.id, ...said },
        { fromSourceId: journalists.id, toSourceId: depeche.id, ...said },
        { fromSourceId: journalists.id, toSourceId: parisien.id, ...said },
        { fromSourceId: depeche.id, toSourceId: null, ...reported },
        { fromSourceId: parisien.id, toSourceId: null, ...reported },
      ],
    });
  }

  it("creates the claim with its chain in one transaction: indirect, one independent path", async () => {
    const created = await chainClaim();
    expect(created.version).toBe(1);
    const claim = await fx.callers.editor.sourcing.claim({ id: created.id });
    expect(claim.hops).toHaveLength(5);
    expect(claim.provenance.directness).toBe("indirect");
    expect(claim.provenance.independentPaths).toBe(1);
    const history = await fx.callers.editor.editing.claimHistory({ claimId: created.id });
    expect(history.map((event) => event.action).sort()).toEqual(["claim.create", ...Array(5).fill("hop.add")]);
  });

  it("writes nothing when one hop of the chain is refused", async () => {
    const before = await database.db.claim.count();
    await expect(
      fx.callers.editor.editing.createClaim({
        articleId: fx.article.id,
        ...fx.troopsSpan(),
        kind: "PARAPHRASE",
        hops: [{ fromSourceId: fx.sources.macron.id, toSourceId: fx.otherSource.id, ...said }],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/not a source of this workspace/) });
    expect(await database.db.claim.count()).toBe(before);
  });

  it("adds several hops in one step to an existing claim, with one version bump", async () => {
    const claim = await fx.freshHop();
    const added = await fx.callers.editor.editing.addHops({
      claimId: claim.claimId,
      claimVersion: claim.claimVersion,
      hops: [
        { fromSourceId: fx.sources.journalists.id, toSourceId: fx.sources.depeche.id, ...said },
        { fromSourceId: fx.sources.depeche.id, toSourceId: null, ...reported },
      ],
    });
    expect(added).toMatchObject({ claimVersion: claim.claimVersion + 1 });
    expect(added.ids).toHaveLength(2);
    const sourcing = await fx.callers.editor.sourcing.claim({ id: claim.claimId });
    expect(sourcing.provenance.hopsToOrigin).toBe(3);
  });

  it("changes a hop's relation, first-hand flag, confidence and evidence in place", async () => {
    const hop = await fx.freshHop();
    const changed = await fx.callers.editor.editing.updateHop({
      hopId: hop.id,
      claimVersion: hop.claimVersion,
      relation: "QUOTED_BY",
      firstHand: false,
      confidence: 0.5,
      evidenceUrl: "https://example.org/interview",
    });
    expect(changed.claimVersion).toBe(hop.claimVersion + 1);
    const claim = await fx.callers.editor.sourcing.claim({ id: hop.claimId });
    expect(claim.hops[0]).toMatchObject({
      id: hop.id,
      relation: "QUOTED_BY",
      firstHand: false,
      confidence: 0.5,
      evidenceUrl: "https://example.org/interview",
    });
    await expect(
      fx.callers.editor.editing.updateHop({ hopId: hop.id, claimVersion: hop.claimVersion, confidence: 0.9 }),
    ).rejects.toMatchObject({ code: "CONFLICT", cause: { details: { currentVersion: hop.claimVersion + 1 } } });
  });

  it("undoes a deleted claim with its chain, named sources, tags and hop captures, once", async () => {
    const created = await chainClaim();
    const hopId = (await fx.callers.editor.sourcing.claim({ id: created.id })).hops[0]!.id;
    await fx.callers.editor.sourceRecords.addSnapshot({
      hopId,
      content: "<p>capture</p>",
      encoding: "text",
      contentType: "text/html",
      originalUrl: "",
      archiveUrl: "",
      capturedAt: null,
    });
    const tag = await fx.callers.editor.review.addTerm({
      workspaceId: fx.workspace.id,
      kind: "CLAIM_TAG",
      label: "Ukraine",
    });
    await fx.callers.editor.review.tagClaim({ claimId: created.id, termId: tag.id });
    const version = await fx.claimVersion(created.id);

    const { eventId } = await fx.callers.editor.editing.deleteClaim({ claimId: created.id, version });
    expect(await database.db.claim.findUnique({ where: { id: created.id } })).toBeNull();
    expect(await database.db.archiveSnapshot.count({ where: { hopId: null, sourceId: null } })).toBe(1);

    const undone = await fx.callers.editor.editing.undoDelete({ eventId });
    expect(undone).toEqual({ claimId: created.id, version: version + 2 });
    const claim = await fx.callers.editor.sourcing.claim({ id: created.id });
    expect(claim.hops).toHaveLength(5);
    expect(claim.provenance.independentPaths).toBe(1);
    expect(claim.reviewState).toBe("DRAFT");
    expect((await fx.callers.editor.review.claim({ claimId: created.id })).tags.map((t) => t.label)).toEqual([
      "Ukraine",
    ]);
    expect(await database.db.archiveSnapshot.count({ where: { hopId } })).toBe(1);
    const history = await fx.callers.editor.editing.claimHistory({ claimId: created.id });
    expect(history[0]!.action).toBe("claim.restore");

    await expect(fx.callers.editor.editing.undoDelete({ eventId })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("undoes a removed hop at the claim's current version", async () => {
    const hop = await fx.freshHop();
    const removed = await fx.callers.editor.editing.removeHop({ hopId: hop.id, claimVersion: hop.claimVersion });
    expect((await fx.callers.editor.sourcing.claim({ id: hop.claimId })).hops).toHaveLength(0);
    const undone = await fx.callers.editor.editing.undoDelete({
      eventId: removed.eventId,
      claimVersion: removed.claimVersion,
    });
    expect(undone.version).toBe(removed.claimVersion + 1);
    const claim = await fx.callers.editor.sourcing.claim({ id: hop.claimId });
    expect(claim.hops.map((h) => h.id)).toEqual([hop.id]);
  });

  it("refuses to undo a change that is not a delete, and an outsider's undo", async () => {
    const hop = await fx.freshHop();
    const removed = await fx.callers.editor.editing.removeHop({ hopId: hop.id, claimVersion: hop.claimVersion });
    await expect(
      fx.callers.outsider.editing.undoDelete({ eventId: removed.eventId, claimVersion: removed.claimVersion }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await database.db.auditEvent.findFirstOrThrow({
      where: { action: "hop.add", workspaceId: fx.workspace.id },
      select: { id: true },
    });
    await expect(fx.callers.editor.editing.undoDelete({ eventId: other.id, claimVersion: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "nothing to undo: that change is not a delete",
    });
  });
});
