// Merging a duplicate "La Depeche" into the demo's "La Dépêche du Midi" and undoing it, through
// the procedures: every reference moves (and is recomputed by `sourcing.claim`), unique rules
// hold (a claim naming both, duplicate aliases and links), the undo restores exactly the rows
// as they were, and a merge whose rows changed since refuses to be undone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/server/database/open-database";
import { loadDemo } from "@/server/services/seed/load-demo";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { signUpConfirmed } from "../support/confirm-sign-up";
import { type Caller, PASSWORD } from "../support/editing-fixtures";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const DEMO_SLUG = "macron-coalition-of-the-willing";
const TROOPS = "participating nations potentially sending several thousand troops";

/** Every row that refers to one of the sources, in a stable order: what a merge moves and an undo restores. */
async function referencesOf(db: Db, ids: string[]) {
  const anyOf = { in: ids };
  const stamp = <T extends { createdAt: Date }>(rows: T[]) =>
    rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
  return {
    speakers: await db.claim.findMany({
      where: { speakerId: anyOf },
      select: { id: true, speakerId: true },
      orderBy: { id: "asc" },
    }),
    recordSources: await db.claim.findMany({
      where: { primaryRecordSourceId: anyOf },
      select: { id: true, primaryRecordSourceId: true },
      orderBy: { id: "asc" },
    }),
    hops: await db.hop.findMany({
      where: { OR: [{ fromSourceId: anyOf }, { toSourceId: anyOf }] },
      select: { id: true, claimId: true, fromSourceId: true, toSourceId: true },
      orderBy: { id: "asc" },
    }),
    named: await db.claimNamedSource.findMany({
      where: { sourceId: anyOf },
      orderBy: [{ claimId: "asc" }, { sourceId: "asc" }],
    }),
    aliases: stamp(await db.sourceAlias.findMany({ where: { sourceId: anyOf }, orderBy: { id: "asc" } })),
    assessments: stamp(await db.reliabilityAssessment.findMany({ where: { sourceId: anyOf }, orderBy: { id: "asc" } })),
    links: stamp(
      await db.sourceLink.findMany({
        where: { OR: [{ fromSourceId: anyOf }, { toSourceId: anyOf }] },
        orderBy: { id: "asc" },
      }),
    ),
    snapshots: await db.archiveSnapshot.findMany({
      where: { sourceId: anyOf },
      select: { id: true, sourceId: true, contentHash: true },
      orderBy: { id: "asc" },
    }),
    merged: await db.source.findMany({
      where: { id: anyOf },
      select: { id: true, mergedIntoId: true },
      orderBy: { id: "asc" },
    }),
  };
}

describe.each(testEngines())("merging and un-merging sources, on $name", (engine) => {
  let database: Database;
  let db: Db;
  let dana: Caller;
  let workspaceId: string;
  let userId: string;
  const ids = {} as Record<
    "depeche" | "duplicate" | "parisien" | "elysee" | "baylet" | "groupe" | "troops" | "bare",
    string
  >;
  let before: Awaited<ReturnType<typeof referencesOf>>;
  let expectedAudit = 0;

  const source = async (name: string) => {
    const [found] = await dana.sources.search({ workspaceId, query: name, limit: 1 });
    if (!found || found.name !== name) throw new Error(`no source ${name} in the demo`);
    return found.id;
  };
  const claimVersion = async (claimId: string) =>
    (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } })).version;
  const addHop = async (claimId: string, from: string, to: string | null) =>
    dana.editing.addHop({
      claimId,
      claimVersion: await claimVersion(claimId),
      fromSourceId: from,
      toSourceId: to,
      relation: to ? "SAID_TO" : "REPORTED_BY",
      firstHand: to !== null,
      confidence: 0.8,
    });
  const audits = (action: string) => db.auditEvent.count({ where: { action } });

  beforeAll(async () => {
    database = await engine.open();
    db = database.db;
    await loadDemo(db, repoRoot);
    const me = await signUpConfirmed(createCaller(createInnerContext({ db })).auth, {
      email: "dana@desk.example",
      name: "Dana Editor",
      password: PASSWORD,
    });
    userId = me.id;
    dana = createCaller(createInnerContext({ db, session: { userId: me.id, email: me.email, name: me.name } }));
    workspaceId = (await dana.workspaces.bySlug({ slug: "demo" })).id;
    ids.depeche = await source("La Dépêche du Midi");
    ids.parisien = await source("Le Parisien");
    ids.elysee = await source("Macron's office (Élysée)");
    const sourcing = await dana.sourcing.article({ slug: DEMO_SLUG });
    ids.troops = sourcing.claims.find((claim) => claim.quote.startsWith(TROOPS))!.id;
    ids.bare = sourcing.claims.find((claim) => claim.provenance.directness === "unattributed")!.id;
  });
  afterAll(() => database.close());

  it("starts from a duplicate with a life of its own: a hop, named in claims, aliases, a rating, links and a capture", async () => {
    const created = await dana.sources.findOrCreate({ workspaceId, name: "La Depeche", type: "OUTLET" });
    expect(created.existed).toBe(false);
    ids.duplicate = created.source.id;
    ids.baylet = (
      await dana.sources.findOrCreate({ workspaceId, name: "Jean-Michel Baylet", type: "PERSON" })
    ).source.id;
    ids.groupe = (
      await dana.sources.findOrCreate({ workspaceId, name: "Occitanie Médias", type: "ORGANIZATION" })
    ).source.id;

    // The unattributed claim gets two routes from the Élysée: through each spelling of the outlet.
    await addHop(ids.bare, ids.elysee, ids.duplicate);
    await addHop(ids.bare, ids.duplicate, null);
    await addHop(ids.bare, ids.elysee, ids.depeche);
    await addHop(ids.bare, ids.depeche, null);
    await db.claim.update({ where: { id: ids.bare }, data: { primaryRecordSourceId: ids.duplicate } });
    // The troops claim already names La Dépêche du Midi; naming the duplicate too collides on merge.
    await db.claimNamedSource.create({
      data: { claimId: ids.troops, sourceId: ids.duplicate, position: 5, mentionedAs: "La Depeche" },
    });
    await db.claimNamedSource.create({
      data: { claimId: ids.bare, sourceId: ids.duplicate, position: 0, mentionedAs: "la Dépêche" },
    });

    await dana.sourceRecords.addAlias({ sourceId: ids.duplicate, name: "Dépêche de Toulouse" });
    await dana.sourceRecords.addAlias({ sourceId: ids.depeche, name: "ladepeche.fr" });
    // Written past the alias rule, as older data could be: both spellings have this alias.
    await db.sourceAlias.create({
      data: { sourceId: ids.duplicate, name: "LaDepeche.fr", normalizedName: "ladepeche fr" },
    });
    await dana.sourceRecords.addAssessment({
      sourceId: ids.duplicate,
      rating: "ESTABLISHED",
      reason: "Regional daily of record in Occitanie",
    });
    await dana.sourceRecords.addLink({ sourceId: ids.duplicate, otherSourceId: ids.groupe, kind: "MEMBER_OF" });
    await dana.sourceRecords.addLink({
      sourceId: ids.duplicate,
      otherSourceId: ids.baylet,
      kind: "MEMBER_OF",
      direction: "incoming",
    });
    await dana.sourceRecords.addLink({
      sourceId: ids.depeche,
      otherSourceId: ids.baylet,
      kind: "MEMBER_OF",
      direction: "incoming",
    });
    await dana.sourceRecords.addLink({ sourceId: ids.duplicate, otherSourceId: ids.depeche, kind: "PRODUCED_BY" });
    await dana.sourceRecords.addSnapshot({
      sourceId: ids.duplicate,
      originalUrl: "https://www.ladepeche.fr/",
      content: "<p>Front page</p>",
      contentType: "text/html",
    });

    const bare = await dana.sourcing.claim({ id: ids.bare });
    expect(bare.provenance.independentPaths).toBe(2);
    expect(bare.hops.map((hop) => hop.from.name)).toContain("La Depeche");
    before = await referencesOf(db, [ids.duplicate, ids.depeche]);
  });

  it("moves every reference of the duplicate to the survivor, recomputes the claims, keeps the name as an alias, and audits", async () => {
    const result = await dana.sourceRecords.merge({ sourceId: ids.depeche, duplicateId: ids.duplicate });
    expectedAudit += 1;
    expect(result).toMatchObject({ survivorId: ids.depeche, mergedId: ids.duplicate });
    expect(result.moved).toEqual({
      claims: 1,
      hops: 2,
      namedSources: 1,
      aliases: 2,
      assessments: 1,
      links: 1,
      snapshots: 1,
      dropped: 4,
    });

    const after = await referencesOf(db, [ids.duplicate]);
    expect({ ...after, merged: [] }).toEqual({
      speakers: [],
      recordSources: [],
      hops: [],
      named: [],
      aliases: [],
      assessments: [],
      links: [],
      snapshots: [],
      merged: [],
    });
    expect(after.merged).toEqual([{ id: ids.duplicate, mergedIntoId: ids.depeche }]);

    const bare = await dana.sourcing.claim({ id: ids.bare });
    expect(bare.hops.map((hop) => hop.from.name)).not.toContain("La Depeche");
    expect(bare.primaryRecordSource?.id).toBe(ids.depeche);
    expect(bare.namedSources).toEqual([expect.objectContaining({ id: ids.depeche, mentionedAs: "la Dépêche" })]);
    expect(bare.provenance.independentPaths).toBe(1);
    const troops = await dana.sourcing.claim({ id: ids.troops });
    expect(troops.namedSources.filter((named) => named.id === ids.depeche)).toHaveLength(1);

    const record = await dana.sourceRecords.get({ sourceId: ids.depeche });
    expect(record.aliases.map((alias) => alias.name).sort()).toEqual([
      "Dépêche de Toulouse",
      "La Depeche",
      "ladepeche.fr",
    ]);
    expect(record.assessments.map((assessment) => assessment.reason)).toEqual([
      "Regional daily of record in Occitanie",
    ]);
    expect(record.links.map((link) => [link.direction, link.kind, link.other.name]).sort()).toEqual([
      ["incoming", "MEMBER_OF", "Jean-Michel Baylet"],
      ["outgoing", "MEMBER_OF", "Occitanie Médias"],
    ]);
    expect(record.snapshots).toHaveLength(1);
    expect(record.merges).toEqual([
      expect.objectContaining({
        role: "survivor",
        merged: { id: ids.duplicate, name: "La Depeche" },
        undoneAt: null,
        createdBy: { id: userId, name: "Dana Editor" },
      }),
    ]);
    const merged = await dana.sourceRecords.get({ sourceId: ids.duplicate });
    expect(merged.source.mergedInto).toEqual({ id: ids.depeche, name: "La Dépêche du Midi" });

    expect(await audits("source.merge")).toBe(expectedAudit);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "source.merge" },
      orderBy: { createdAt: "desc" },
    });
    expect(event).toMatchObject({ workspaceId, actorId: userId, entityType: "source", entityId: ids.depeche });
  });

  it("resolves the merged name and the aliases to the survivor, and no longer offers the duplicate", async () => {
    for (const name of ["La Depeche", "la dépêche", "Dépêche de Toulouse"]) {
      const found = await dana.sources.findOrCreate({ workspaceId, name, type: "OUTLET" });
      expect({ name, existed: found.existed, id: found.source.id }).toEqual({ name, existed: true, id: ids.depeche });
    }
    expect((await dana.sources.search({ workspaceId, query: "depeche" })).map((found) => found.id)).toEqual([
      ids.depeche,
    ]);
    expect((await dana.sources.search({ workspaceId, query: "toulouse" })).map((found) => found.id)).toEqual([
      ids.depeche,
    ]);
    expect((await dana.sourceRecords.list({ workspaceId })).items.map((item) => item.id)).not.toContain(ids.duplicate);
    expect(
      (await dana.sourceRecords.list({ workspaceId, includeMerged: true })).items.find(
        (item) => item.id === ids.duplicate,
      )?.mergedInto?.id,
    ).toBe(ids.depeche);
  });

  it("refuses to change a merged source, and to merge it again or into it", async () => {
    await expect(dana.sourceRecords.addAlias({ sourceId: ids.duplicate, name: "Another name" })).rejects.toMatchObject({
      code: "CONFLICT",
      message:
        "La Depeche was merged into La Dépêche du Midi; change La Dépêche du Midi instead, or undo the merge first",
    });
    await expect(
      dana.sourceRecords.merge({ sourceId: ids.parisien, duplicateId: ids.duplicate }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already merged into La Dépêche du Midi"),
    });
    await expect(
      dana.sourceRecords.merge({ sourceId: ids.duplicate, duplicateId: ids.parisien }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("merge Le Parisien into La Dépêche du Midi instead"),
    });
    await expect(
      dana.sources.setStanding({ sourceId: ids.duplicate, version: 99, standing: "RETRACTED", note: null }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("was merged into La Dépêche du Midi"),
    });
  });

  it("un-merges: exactly the rows that moved go back, the set-aside rows return, the alias goes, and it is audited", async () => {
    const result = await dana.sourceRecords.unmerge({ sourceId: ids.duplicate });
    expectedAudit += 1;
    expect(result.restored).toEqual({
      claims: 1,
      hops: 2,
      namedSources: 1,
      aliases: 2,
      assessments: 1,
      links: 1,
      snapshots: 1,
      dropped: 4,
    });
    expect(await referencesOf(db, [ids.duplicate, ids.depeche])).toEqual(before);

    const bare = await dana.sourcing.claim({ id: ids.bare });
    expect(bare.hops.map((hop) => hop.from.name)).toContain("La Depeche");
    expect(bare.provenance.independentPaths).toBe(2);
    const record = await dana.sourceRecords.get({ sourceId: ids.depeche });
    expect(record.aliases.map((alias) => alias.name)).toEqual(["ladepeche.fr"]);
    expect(record.merges).toEqual([expect.objectContaining({ role: "survivor", undoneAt: expect.any(String) })]);
    expect((await dana.sources.findOrCreate({ workspaceId, name: "La Depeche", type: "OUTLET" })).source.id).toBe(
      ids.duplicate,
    );
    expect(await audits("source.unmerge")).toBe(1);

    await expect(dana.sourceRecords.unmerge({ sourceId: ids.duplicate })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "La Depeche is not merged into another source; there is nothing to undo",
    });
  });

  it("refuses to undo a merge whose rows changed since, and changes nothing", async () => {
    await dana.sourceRecords.merge({ sourceId: ids.depeche, duplicateId: ids.duplicate });
    const movedHop = (
      await db.sourceMerge.findFirstOrThrow({
        where: { mergedId: ids.duplicate, undoneAt: null },
        select: { moved: true },
      })
    ).moved as { hopsFrom: string[] };
    await dana.editing.removeHop({ hopId: movedHop.hopsFrom[0]!, claimVersion: await claimVersion(ids.bare) });
    const unchanged = await referencesOf(db, [ids.duplicate, ids.depeche]);

    const error = await dana.sourceRecords.unmerge({ sourceId: ids.duplicate }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CONFLICT" });
    expect((error as Error).message).toBe(
      "cannot undo the merge of La Depeche into La Dépêche du Midi: the hop that now starts at La Dépêche du Midi changed or was removed since. Undo only moves back rows that are as the merge left them, so no later edit is lost; move the rest by hand instead",
    );
    expect(await referencesOf(db, [ids.duplicate, ids.depeche])).toEqual(unchanged);
    expect(await audits("source.unmerge")).toBe(1);
  });

  it("refuses a merge that would turn a hop between the two into a hop from a source to itself", async () => {
    const second = (
      await dana.sources.findOrCreate({ workspaceId, name: "Le Parisien (Aujourd'hui en France)", type: "OUTLET" })
    ).source.id;
    await addHop(ids.troops, second, ids.parisien);
    const unchanged = await referencesOf(db, [second, ids.parisien]);
    await expect(dana.sourceRecords.merge({ sourceId: ids.parisien, duplicateId: second })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(
        /^cannot merge Le Parisien \(Aujourd'hui en France\) into Le Parisien: a claim \(Emmanuel Macron said that participating nations potentially sending several thousand troops each to “key…\) has a hop from Le Parisien \(Aujourd'hui en France\) to Le Parisien, which would become a hop from Le Parisien to itself; remove or change that hop first, then merge$/,
      ),
    });
    expect(await referencesOf(db, [second, ids.parisien])).toEqual(unchanged);
  });

  it("refuses to merge sources of different standing", async () => {
    const retracted = (await dana.sources.findOrCreate({ workspaceId, name: "Le Parisien Week-end", type: "OUTLET" }))
      .source;
    await dana.sources.setStanding({ sourceId: retracted.id, version: retracted.version, standing: "RETRACTED" });
    await expect(dana.sourceRecords.merge({ sourceId: ids.parisien, duplicateId: retracted.id })).rejects.toMatchObject(
      {
        code: "CONFLICT",
        message:
          "Le Parisien Week-end is retracted and Le Parisien is active; give them the same standing first, so that no claim silently gains or loses support",
      },
    );
  });

  it("rejects merging a source into itself or across workspaces with a 400, storing nothing", async () => {
    const own = await dana.workspaces.create({ name: "Europe Desk", slug: "europe-desk" });
    const foreign = (await dana.sources.findOrCreate({ workspaceId: own.id, name: "La Depeche", type: "OUTLET" }))
      .source.id;
    const events = await db.auditEvent.count();
    await expect(dana.sourceRecords.merge({ sourceId: ids.parisien, duplicateId: ids.parisien })).rejects.toMatchObject(
      {
        code: "BAD_REQUEST",
        message: expect.stringContaining(
          "a source cannot be merged into itself; pick the duplicate to fold into this one",
        ),
      },
    );
    await expect(dana.sourceRecords.merge({ sourceId: ids.parisien, duplicateId: foreign })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "the duplicate is not a source of this workspace; only sources of one workspace can be merged",
    });
    await expect(
      dana.sourceRecords.merge({ sourceId: ids.parisien, duplicateId: "00000000-0000-4000-8000-000000000000" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.auditEvent.count()).toBe(events);
    expect(await db.source.count({ where: { mergedIntoId: { not: null } } })).toBe(1);
  });

  it("lets one of two simultaneous opposite merges win and answers the other with a CONFLICT, never a 500", async () => {
    for (let round = 0; round < 5; round++) {
      const x = (await dana.sources.findOrCreate({ workspaceId, name: `Ouest-France ${round}`, type: "OUTLET" })).source
        .id;
      const y = (
        await dana.sources.findOrCreate({ workspaceId, name: `Ouest France edition ${round}`, type: "OUTLET" })
      ).source.id;
      const outcomes = await Promise.allSettled([
        dana.sourceRecords.merge({ sourceId: x, duplicateId: y }),
        dana.sourceRecords.merge({ sourceId: y, duplicateId: x }),
      ]);
      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
      expect(outcomes.find((outcome) => outcome.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
      const marks = await db.source.findMany({ where: { id: { in: [x, y] } }, select: { mergedIntoId: true } });
      expect(marks.filter((mark) => mark.mergedIntoId !== null)).toHaveLength(1);
    }
  });

  it("undoes chained merges only in reverse order", async () => {
    const a = (await dana.sources.findOrCreate({ workspaceId, name: "Starmer's office", type: "OFFICIAL_STATEMENT" }))
      .source.id;
    const b = (await dana.sources.findOrCreate({ workspaceId, name: "Downing Street", type: "OFFICIAL_STATEMENT" }))
      .source.id;
    const c = (await dana.sources.findOrCreate({ workspaceId, name: "No 10", type: "OFFICIAL_STATEMENT" })).source.id;
    await dana.sourceRecords.addAssessment({ sourceId: a, rating: "ESTABLISHED", reason: "Government press office" });
    await dana.sourceRecords.merge({ sourceId: b, duplicateId: a });
    await dana.sourceRecords.merge({ sourceId: c, duplicateId: b });
    expect((await db.source.findUniqueOrThrow({ where: { id: a } })).mergedIntoId).toBe(c);
    expect(
      (await dana.sources.findOrCreate({ workspaceId, name: "Starmer's office", type: "OFFICIAL_STATEMENT" })).source
        .id,
    ).toBe(c);
    expect((await dana.sourceRecords.get({ sourceId: c })).aliases.map((alias) => alias.name).sort()).toEqual([
      "Downing Street",
      "Starmer's office",
    ]);

    await expect(dana.sourceRecords.unmerge({ sourceId: a })).rejects.toMatchObject({
      code: "CONFLICT",
      message:
        "Downing Street was merged into No 10 after Starmer's office was merged into it; undo that later merge first",
    });
    await dana.sourceRecords.unmerge({ sourceId: b });
    expect((await db.source.findUniqueOrThrow({ where: { id: a } })).mergedIntoId).toBe(b);
    await dana.sourceRecords.unmerge({ sourceId: a });
    expect((await dana.sourceRecords.get({ sourceId: a })).assessments.map((assessment) => assessment.reason)).toEqual([
      "Government press office",
    ]);
    expect((await dana.sourceRecords.get({ sourceId: b })).aliases).toEqual([]);
    expect((await dana.sourceRecords.get({ sourceId: c })).aliases).toEqual([]);
  });
});
