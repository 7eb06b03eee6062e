// A source as a record, through the procedures its page calls: aliases that find the source
// ("La Dépêche" → La Dépêche du Midi) and never name two sources, type/language/country with
// optimistic concurrency, reliability history in order with who rated and why, and links
// between a person and the organisation they speak for, shown from both ends.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/server/database/open-database";
import { loadDemo } from "@/server/services/seed/load-demo";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { signUpConfirmed } from "../support/confirm-sign-up";
import { type Caller, joinWorkspace, PASSWORD } from "../support/editing-fixtures";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

describe.each(testEngines())("source records on $name", (engine) => {
  let database: Database;
  let db: Db;
  let dana: Caller;
  let sam: Caller;
  let workspaceId: string;
  const people = {} as Record<"dana" | "sam", { id: string; name: string }>;
  const ids = {} as Record<"depeche" | "parisien" | "macron" | "elysee" | "communique", string>;

  const sourceId = async (name: string) => (await dana.sources.search({ workspaceId, query: name, limit: 1 }))[0]!.id;

  beforeAll(async () => {
    database = await engine.open();
    db = database.db;
    await loadDemo(db, repoRoot);
    const anonymous = createCaller(createInnerContext({ db }));
    for (const [who, name] of [
      ["dana", "Dana Editor"],
      ["sam", "Sam Second"],
    ] as const) {
      const me = await signUpConfirmed(anonymous.auth, { email: `${who}@desk.example`, name, password: PASSWORD });
      people[who] = { id: me.id, name: me.name };
    }
    dana = createCaller(
      createInnerContext({
        db,
        session: { userId: people.dana.id, email: "dana@desk.example", name: people.dana.name },
      }),
    );
    sam = createCaller(
      createInnerContext({ db, session: { userId: people.sam.id, email: "sam@desk.example", name: people.sam.name } }),
    );
    workspaceId = (await dana.workspaces.bySlug({ slug: "demo" })).id;
    await joinWorkspace(dana, sam, { workspaceId, email: "sam@desk.example", role: "EDITOR" });
    ids.depeche = await sourceId("La Dépêche du Midi");
    ids.parisien = await sourceId("Le Parisien");
    ids.macron = await sourceId("Emmanuel Macron");
    ids.elysee = await sourceId("Macron's office (Élysée)");
  });
  afterAll(() => database.close());

  it("reads the demo outlet's record: its fields, no history yet, and where it is used", async () => {
    const record = await dana.sourceRecords.get({ sourceId: ids.depeche });
    expect(record.source).toMatchObject({
      id: ids.depeche,
      workspaceId,
      name: "La Dépêche du Midi",
      type: "OUTLET",
      url: "https://www.ladepeche.fr/",
      language: null,
      country: null,
      mergedInto: null,
    });
    expect(record).toMatchObject({
      aliases: [],
      assessments: [],
      currentRating: null,
      links: [],
      snapshots: [],
      merges: [],
    });
    expect(record.usage.claims).toBeGreaterThan(0);
    expect(record.evidence.length).toBe(record.usage.hops);
    expect(record.evidence.every((hop) => hop.from === "La Dépêche du Midi" || hop.to === "La Dépêche du Midi")).toBe(
      true,
    );
    // Each hop names its claim as the speaker's statement: quotation marks only around a direct
    // quote; a paraphrase is reported speech (its words may hold the article's own quoted phrases).
    const kinds = await db.claim.findMany({
      where: { id: { in: record.evidence.map((hop) => hop.claimId) } },
      select: { id: true, kind: true },
    });
    const kindOf = new Map(kinds.map((claim) => [claim.id, claim.kind]));
    expect(new Set(kindOf.values())).toContain("PARAPHRASE");
    for (const hop of record.evidence) {
      if (kindOf.get(hop.claimId) === "DIRECT_QUOTE") expect(hop.statement).toMatch(/^[^“]+: “.+”$/);
      else expect(hop.statement).toMatch(/^[^“:]+ (said|denied) that [^“]/);
    }
  });

  it("adds the alias La Dépêche, which then finds the outlet instead of creating another", async () => {
    const alias = await dana.sourceRecords.addAlias({ sourceId: ids.depeche, name: "La Dépêche" });
    expect(alias).toMatchObject({ name: "La Dépêche" });
    const sources = await db.source.count({ where: { workspaceId } });
    for (const spelling of ["La Dépêche", "la depeche", "LA DÉPÊCHE."]) {
      const found = await dana.sources.findOrCreate({ workspaceId, name: spelling, type: "OUTLET" });
      expect({ spelling, existed: found.existed, id: found.source.id, name: found.source.name }).toEqual({
        spelling,
        existed: true,
        id: ids.depeche,
        name: "La Dépêche du Midi",
      });
    }
    expect(await db.source.count({ where: { workspaceId } })).toBe(sources);
    expect((await dana.sourceRecords.get({ sourceId: ids.depeche })).aliases.map((a) => a.name)).toEqual([
      "La Dépêche",
    ]);
    expect(
      (await dana.sourceRecords.list({ workspaceId })).items.find((item) => item.id === ids.depeche)?.aliases,
    ).toEqual(["La Dépêche"]);
    expect(await db.auditEvent.count({ where: { action: "source.alias.add", entityId: ids.depeche } })).toBe(1);
  });

  it("refuses an alias that is already another source's name or alias, or this source's own", async () => {
    await expect(dana.sourceRecords.addAlias({ sourceId: ids.parisien, name: "la dépêche" })).rejects.toMatchObject({
      code: "CONFLICT",
      message:
        "“la dépêche” already names another source of this workspace, La Dépêche du Midi; if they are the same, merge La Dépêche du Midi into Le Parisien instead",
    });
    await expect(
      dana.sourceRecords.addAlias({ sourceId: ids.parisien, name: "La Depeche du Midi" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already names another source of this workspace, La Dépêche du Midi"),
    });
    await expect(
      dana.sourceRecords.addAlias({ sourceId: ids.depeche, name: "La Dépêche du Midi" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "“La Dépêche du Midi” is already the name of this source; an alias is another name for it",
    });
    await expect(dana.sourceRecords.addAlias({ sourceId: ids.depeche, name: "la dépêche" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "La Dépêche du Midi already has the alias “La Dépêche”",
    });
    await expect(dana.sourceRecords.addAlias({ sourceId: ids.depeche, name: "<b>Dépêche</b>" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(dana.sourceRecords.addAlias({ sourceId: ids.depeche, name: "…" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "an alias needs letters or digits",
    });
  });

  it("removes an alias, after which the name creates a new source again", async () => {
    const extra = await dana.sourceRecords.addAlias({ sourceId: ids.parisien, name: "Aujourd'hui en France" });
    await expect(dana.sourceRecords.removeAlias({ sourceId: ids.depeche, aliasId: extra.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await dana.sourceRecords.removeAlias({ sourceId: ids.parisien, aliasId: extra.id })).toEqual({
      removed: true,
    });
    await expect(dana.sourceRecords.removeAlias({ sourceId: ids.parisien, aliasId: extra.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringContaining("reload the page"),
    });
    const created = await dana.sources.findOrCreate({ workspaceId, name: "Aujourd'hui en France", type: "OUTLET" });
    expect(created.existed).toBe(false);
  });

  it("sets language, country, type and both notes with the version read, and refuses a stale version", async () => {
    const { source } = await dana.sourceRecords.get({ sourceId: ids.depeche });
    const saved = await dana.sourceRecords.setDetails({
      sourceId: ids.depeche,
      version: source.version,
      language: "fr",
      country: "fr",
      notes: "Toulouse regional daily",
      publicNote: "Regional daily of Occitanie",
    });
    expect(saved.version).toBe(source.version + 1);
    expect((await dana.sourceRecords.get({ sourceId: ids.depeche })).source).toMatchObject({
      language: "fr",
      country: "FR",
      notes: "Toulouse regional daily",
      publicNote: "Regional daily of Occitanie",
      type: "OUTLET",
      url: "https://www.ladepeche.fr/",
    });

    await expect(
      sam.sourceRecords.setDetails({ sourceId: ids.depeche, version: source.version, country: "BE" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: `someone else changed La Dépêche du Midi (now version ${saved.version}) after you opened version ${source.version}; reload it and make your change again`,
    });
    expect((await dana.sourceRecords.get({ sourceId: ids.depeche })).source.country).toBe("FR");

    const cleared = await sam.sourceRecords.setDetails({
      sourceId: ids.depeche,
      version: saved.version,
      country: "",
      url: null,
    });
    expect((await dana.sourceRecords.get({ sourceId: ids.depeche })).source).toMatchObject({
      country: null,
      url: null,
      language: "fr",
      version: cleared.version,
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "source.details", actorId: people.sam.id } });
    expect(audit).toMatchObject({
      before: { country: "FR", url: "https://www.ladepeche.fr/" },
      after: { country: null, url: null },
    });
  });

  it("keeps the reliability history oldest first, each rating with its rater and reason", async () => {
    await dana.sourceRecords.addAssessment({
      sourceId: ids.parisien,
      rating: "UNKNOWN",
      reason: "New to our desk; no track record checked yet",
    });
    await sam.sourceRecords.addAssessment({
      sourceId: ids.parisien,
      rating: "ESTABLISHED",
      reason: "National daily with a corrections policy",
    });
    await dana.sourceRecords.addAssessment({
      sourceId: ids.parisien,
      rating: "PARTISAN",
      reason: "Ran an unlabelled campaign piece in March",
    });
    const record = await sam.sourceRecords.get({ sourceId: ids.parisien });
    expect(record.assessments.map(({ rating, reason, ratedBy }) => ({ rating, reason, ratedBy }))).toEqual([
      { rating: "UNKNOWN", reason: "New to our desk; no track record checked yet", ratedBy: people.dana },
      { rating: "ESTABLISHED", reason: "National daily with a corrections policy", ratedBy: people.sam },
      { rating: "PARTISAN", reason: "Ran an unlabelled campaign piece in March", ratedBy: people.dana },
    ]);
    const times = record.assessments.map((assessment) => Date.parse(assessment.createdAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(new Set(times).size).toBe(3);
    expect(record.currentRating).toBe("PARTISAN");
    expect(
      (await sam.sourceRecords.list({ workspaceId })).items.find((item) => item.id === ids.parisien)?.currentRating,
    ).toBe("PARTISAN");
    await expect(
      dana.sourceRecords.addAssessment({ sourceId: ids.parisien, rating: "SATIRE", reason: " " }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("say why you rate the source this way"),
    });
    expect((await sam.sourceRecords.get({ sourceId: ids.parisien })).assessments).toHaveLength(3);
  });

  it("links Macron to the Élysée he speaks for, shown from both ends, apart from the statement the office produced", async () => {
    ids.communique = (
      await dana.sources.findOrCreate({ workspaceId, name: "Élysée communiqué of 2 March", type: "OFFICIAL_STATEMENT" })
    ).source.id;
    const speaks = await dana.sourceRecords.addLink({
      sourceId: ids.macron,
      otherSourceId: ids.elysee,
      kind: "SPEAKS_FOR",
    });
    expect(speaks).toMatchObject({
      kind: "SPEAKS_FOR",
      direction: "outgoing",
      other: { id: ids.elysee, name: "Macron's office (Élysée)", type: "OFFICIAL_STATEMENT" },
    });
    await dana.sourceRecords.addLink({
      sourceId: ids.elysee,
      otherSourceId: ids.communique,
      kind: "PRODUCED_BY",
      direction: "incoming",
    });

    const macron = await dana.sourceRecords.get({ sourceId: ids.macron });
    expect(macron.links.map(({ kind, direction, other }) => [kind, direction, other.name])).toEqual([
      ["SPEAKS_FOR", "outgoing", "Macron's office (Élysée)"],
    ]);
    const elysee = await dana.sourceRecords.get({ sourceId: ids.elysee });
    expect(elysee.links.map(({ kind, direction, other }) => [kind, direction, other.name]).sort()).toEqual([
      ["PRODUCED_BY", "incoming", "Élysée communiqué of 2 March"],
      ["SPEAKS_FOR", "incoming", "Emmanuel Macron"],
    ]);
    const communique = await dana.sourceRecords.get({ sourceId: ids.communique });
    expect(communique.links.map(({ kind, direction, other }) => [kind, direction, other.name])).toEqual([
      ["PRODUCED_BY", "outgoing", "Macron's office (Élysée)"],
    ]);

    await expect(
      dana.sourceRecords.addLink({
        sourceId: ids.elysee,
        otherSourceId: ids.macron,
        kind: "SPEAKS_FOR",
        direction: "incoming",
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Emmanuel Macron already speaks for Macron's office (Élysée)",
    });
    await expect(dana.sourceRecords.removeLink({ sourceId: ids.parisien, linkId: speaks.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await dana.sourceRecords.removeLink({ sourceId: ids.elysee, linkId: speaks.id })).toEqual({ removed: true });
    expect((await dana.sourceRecords.get({ sourceId: ids.macron })).links).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: { in: ["source.link.add", "source.link.remove"] } } })).toBe(3);
  });

  it("refuses a self-link and a link to another workspace's source, storing nothing", async () => {
    const own = await dana.workspaces.create({ name: "Europe Desk", slug: "europe-desk" });
    const foreign = (await dana.sources.findOrCreate({ workspaceId: own.id, name: "Élysée", type: "ORGANIZATION" }))
      .source.id;
    const links = await db.sourceLink.count();
    await expect(
      dana.sourceRecords.addLink({ sourceId: ids.macron, otherSourceId: ids.macron, kind: "SPEAKS_FOR" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("a source cannot be linked to itself"),
    });
    await expect(
      dana.sourceRecords.addLink({ sourceId: ids.macron, otherSourceId: foreign, kind: "SPEAKS_FOR" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "the other end of the link is not a source of this workspace; pick one from this workspace's sources",
    });
    expect(await db.sourceLink.count()).toBe(links);
  });
});
