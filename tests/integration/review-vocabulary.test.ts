// A workspace's own vocabulary through the procedures: relation terms mapped to a built-in
// relation, claim tags, who may add and remove them, duplicates, terms of another workspace,
// tags listed on the claim, and a hop's relation term read by the analysis as its base relation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { countRows, createEditingFixture, type EditingFixture } from "../support/editing-fixtures";
import { testEngines } from "../support/test-databases";

describe.each(testEngines())("workspace vocabularies, on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;
  let leakedTo: { id: string };
  let election: { id: string };
  let health: { id: string };
  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
  });
  afterAll(() => database.close());

  const termCount = () => fx.db.workspaceTerm.count();

  it("lets editors and owners add relation terms and claim tags, and every member list them", async () => {
    leakedTo = await fx.callers.editor.review.addTerm({
      workspaceId: fx.workspace.id,
      kind: "RELATION",
      label: "Leaked to",
      baseRelation: "SAID_TO",
    });
    expect(leakedTo).toEqual({
      id: expect.any(String),
      kind: "RELATION",
      term: "leaked to",
      label: "Leaked to",
      baseRelation: "SAID_TO",
      uses: 0,
    });
    election = await fx.callers.owner.review.addTerm({
      workspaceId: fx.workspace.id,
      kind: "CLAIM_TAG",
      label: "Election",
    });
    health = await fx.callers.editor.review.addTerm({
      workspaceId: fx.workspace.id,
      kind: "CLAIM_TAG",
      label: "health",
    });

    const terms = await fx.callers.viewer.review.terms({ workspaceId: fx.workspace.id });
    expect(terms.map(({ kind, label, baseRelation }) => [kind, label, baseRelation])).toEqual([
      ["RELATION", "Leaked to", "SAID_TO"],
      ["CLAIM_TAG", "Election", null],
      ["CLAIM_TAG", "health", null],
    ]);
    expect(
      (await fx.callers.viewer.review.terms({ workspaceId: fx.workspace.id, kind: "CLAIM_TAG" })).map(
        (term) => term.label,
      ),
    ).toEqual(["Election", "health"]);
    const audit = await fx.db.auditEvent.findMany({
      where: { action: "term.add", workspaceId: fx.workspace.id },
      select: { actorId: true },
    });
    expect(audit).toHaveLength(3);
  });

  it("refuses a term the workspace has already, in any spelling, with CONFLICT and nothing stored", async () => {
    const [before, terms] = [await countRows(fx.db), await termCount()];
    await expect(
      fx.callers.editor.review.addTerm({ workspaceId: fx.workspace.id, kind: "CLAIM_TAG", label: "élection." }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "“élection.” is already a claim tag of this workspace; use it, or remove it first",
    });
    expect(await countRows(fx.db)).toEqual(before);
    expect(await termCount()).toBe(terms);
    // The same word may be a tag and a relation term: they are different kinds.
    await expect(
      fx.callers.editor.review.addTerm({
        workspaceId: fx.workspace.id,
        kind: "RELATION",
        label: "health",
        baseRelation: "BASED_ON",
      }),
    ).resolves.toMatchObject({ kind: "RELATION" });
  });

  it("refuses viewers and outsiders, and bad input with a message that says what to do", async () => {
    const terms = await termCount();
    await expect(
      fx.callers.viewer.review.addTerm({ workspaceId: fx.workspace.id, kind: "CLAIM_TAG", label: "sport" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(fx.callers.outsider.review.terms({ workspaceId: fx.workspace.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(fx.callers.anonymous.review.terms({ workspaceId: fx.workspace.id })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(
      fx.callers.viewer.review.removeTerm({ workspaceId: fx.workspace.id, termId: health.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      fx.callers.editor.review.addTerm({ workspaceId: fx.workspace.id, kind: "RELATION", label: "tipped off" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("pick the built-in relation this term stands for"),
    });
    await expect(
      fx.callers.editor.review.addTerm({ workspaceId: fx.workspace.id, kind: "CLAIM_TAG", label: "" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("the term cannot be empty"),
    });
    expect(await termCount()).toBe(terms);
  });

  it("tags a claim with the workspace's tags, once each, and lists them on the claim", async () => {
    const { editor } = fx.callers;
    const version = await fx.claimVersion(fx.claim.id);
    expect(await editor.review.tagClaim({ claimId: fx.claim.id, termId: health.id })).toEqual({
      claimId: fx.claim.id,
      tags: [{ id: health.id, term: "health", label: "health" }],
    });
    const both = await editor.review.tagClaim({ claimId: fx.claim.id, termId: election.id });
    expect(both.tags.map((tag) => tag.label)).toEqual(["Election", "health"]);
    const audits = await fx.db.auditEvent.count({ where: { entityId: fx.claim.id, action: "tag.add" } });
    expect((await editor.review.tagClaim({ claimId: fx.claim.id, termId: election.id })).tags).toHaveLength(2);
    expect(await fx.db.auditEvent.count({ where: { entityId: fx.claim.id, action: "tag.add" } })).toBe(audits);

    expect((await fx.callers.viewer.review.claim({ claimId: fx.claim.id })).tags.map((tag) => tag.label)).toEqual([
      "Election",
      "health",
    ]);
    expect(
      (await fx.callers.viewer.review.queue({ workspaceId: fx.workspace.id })).drafts.find(
        (item) => item.claimId === fx.claim.id,
      )?.tags,
    ).toHaveLength(2);
    expect(
      (await fx.callers.viewer.review.terms({ workspaceId: fx.workspace.id, kind: "CLAIM_TAG" })).map((term) => [
        term.label,
        term.uses,
      ]),
    ).toEqual([
      ["Election", 1],
      ["health", 1],
    ]);

    expect(
      (await editor.review.untagClaim({ claimId: fx.claim.id, termId: health.id })).tags.map((tag) => tag.label),
    ).toEqual(["Election"]);
    // Tags are not sourcing: the claim's version stays.
    expect(await fx.claimVersion(fx.claim.id)).toBe(version);
  });

  it("refuses a term of another workspace, or of the wrong kind, and stores nothing", async () => {
    const rival = await fx.callers.outsider.review.addTerm({
      workspaceId: fx.otherWorkspace.id,
      kind: "CLAIM_TAG",
      label: "election",
    });
    const rivalRelation = await fx.callers.outsider.review.addTerm({
      workspaceId: fx.otherWorkspace.id,
      kind: "RELATION",
      label: "leaked to",
      baseRelation: "SAID_TO",
    });
    const hop = await fx.freshHop();
    const before = await countRows(fx.db);
    const tags = await fx.db.claimTag.count();
    await expect(fx.callers.editor.review.tagClaim({ claimId: fx.claim.id, termId: rival.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: `the term ${rival.id} is not a claim tag of this workspace; add the tag on the workspace's settings page first`,
    });
    await expect(
      fx.callers.editor.review.tagClaim({ claimId: fx.claim.id, termId: leakedTo.id }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      fx.callers.editor.review.setHopRelationTerm({
        hopId: hop.id,
        claimVersion: hop.claimVersion,
        termId: rivalRelation.id,
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: `the term ${rivalRelation.id} is not a relation term of this workspace; add it on the workspace's settings page first`,
    });
    await expect(
      fx.callers.editor.review.setHopRelationTerm({
        hopId: hop.id,
        claimVersion: hop.claimVersion,
        termId: election.id,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // Removing another workspace's term through one's own workspace finds nothing.
    await expect(
      fx.callers.editor.review.removeTerm({ workspaceId: fx.workspace.id, termId: rival.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await countRows(fx.db)).toEqual(before);
    expect(await fx.db.claimTag.count()).toBe(tags);
  });

  it("gives a hop the workspace's relation term, which the analysis reads as its base relation", async () => {
    const hop = await fx.freshHop();
    const reported = await fx.callers.editor.editing.addHop({
      claimId: hop.claimId,
      claimVersion: hop.claimVersion,
      fromSourceId: fx.sources.journalists.id,
      toSourceId: null,
      relation: "REPORTED_BY",
      firstHand: false,
      confidence: 0.7,
    });
    const set = await fx.callers.editor.review.setHopRelationTerm({
      hopId: reported.id,
      claimVersion: reported.claimVersion,
      termId: leakedTo.id,
    });
    expect(set).toEqual({
      hopId: reported.id,
      claimVersion: reported.claimVersion + 1,
      relation: "SAID_TO",
      relationTermId: leakedTo.id,
    });

    const claim = await fx.callers.viewer.sourcing.claim({ id: hop.claimId });
    expect(claim.hops.find((h) => h.id === reported.id)).toMatchObject({
      relation: "SAID_TO",
      relationTermId: leakedTo.id,
    });
    expect(claim.graph.hops.find((h) => h.id === reported.id)?.relation).toBe("SAID_TO");
    const history = await fx.callers.viewer.editing.claimHistory({ claimId: hop.claimId });
    expect(history[0]).toMatchObject({
      action: "hop.relation_term",
      actor: "Eddie Editor",
      before: { relation: "REPORTED_BY", relationTermId: null },
      after: { relation: "SAID_TO", relationTermId: leakedTo.id },
    });

    await expect(
      fx.callers.editor.review.setHopRelationTerm({
        hopId: reported.id,
        claimVersion: reported.claimVersion,
        termId: null,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const cleared = await fx.callers.editor.review.setHopRelationTerm({
      hopId: reported.id,
      claimVersion: set.claimVersion,
      termId: null,
    });
    expect(cleared).toMatchObject({ relation: "SAID_TO", relationTermId: null });
    await fx.callers.editor.review.setHopRelationTerm({
      hopId: reported.id,
      claimVersion: cleared.claimVersion,
      termId: leakedTo.id,
    });
    expect(
      (await fx.callers.viewer.review.terms({ workspaceId: fx.workspace.id, kind: "RELATION" })).find(
        (term) => term.id === leakedTo.id,
      )?.uses,
    ).toBe(1);
  });

  it("removes a term: hops keep their built-in relation, claims lose the tag", async () => {
    await fx.callers.owner.review.removeTerm({ workspaceId: fx.workspace.id, termId: leakedTo.id });
    await fx.callers.editor.review.removeTerm({ workspaceId: fx.workspace.id, termId: election.id });
    const hops = await fx.db.hop.findMany({ where: { relationTermId: leakedTo.id } });
    expect(hops).toEqual([]);
    expect(
      await fx.db.hop.count({ where: { claim: { article: { workspaceId: fx.workspace.id } }, relation: "SAID_TO" } }),
    ).toBeGreaterThan(0);
    expect((await fx.callers.viewer.review.claim({ claimId: fx.claim.id })).tags).toEqual([]);
    expect(await fx.db.auditEvent.count({ where: { action: "term.remove", workspaceId: fx.workspace.id } })).toBe(2);
    await expect(
      fx.callers.editor.review.removeTerm({ workspaceId: fx.workspace.id, termId: election.id }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: `no term ${election.id} in this workspace; it may have been removed already`,
    });
  });
});
