// The sources page's rename and "where it is used", through the procedures: a rename keeps the
// old name as an alias (the picker still finds the source by it), a name that belongs to another
// source is a CONFLICT that names it, and where-used lists exactly the claims whose hops name
// the source or that it speaks, is the primary record of or is named in, in pages, with their articles.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/server/database/open-database";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { signUpConfirmed } from "../support/confirm-sign-up";
import { type Caller, PASSWORD } from "../support/editing-fixtures";
import { createRelayArticle } from "../support/factories";
import { testEngines } from "../support/test-databases";

describe.each(testEngines())("renaming a source and seeing where it is used, on $name", (engine) => {
  let database: Database;
  let db: Db;
  let dana: Caller;
  let workspaceId: string;

  const sourceNamed = async (name: string) =>
    db.source.findFirstOrThrow({ where: { workspaceId, name }, select: { id: true, version: true } });
  const claimIdsOf = async (articleId: string) =>
    (await db.claim.findMany({ where: { articleId }, orderBy: { startOffset: "asc" }, select: { id: true } })).map(
      (claim) => claim.id,
    );

  beforeAll(async () => {
    database = await engine.open();
    db = database.db;
    const me = await signUpConfirmed(createCaller(createInnerContext({ db })).auth, {
      email: "dana@desk.example",
      name: "Dana Editor",
      password: PASSWORD,
    });
    dana = createCaller(createInnerContext({ db, session: { userId: me.id, email: me.email, name: me.name } }));
    workspaceId = (await dana.workspaces.create({ name: "Uses desk", slug: "uses-desk" })).id;
  });
  afterAll(() => database.close());

  it("adds a source directly and renames it, keeping the old name as an alias that still finds it", async () => {
    const added = await dana.sources.findOrCreate({ workspaceId, name: "Agence France Presse", type: "OUTLET" });
    expect(added.existed).toBe(false);
    const renamed = await dana.sourceRecords.rename({
      sourceId: added.source.id,
      version: added.source.version,
      name: "AFP",
    });
    expect(renamed).toEqual({
      version: added.source.version + 1,
      name: "AFP",
      alias: { id: expect.any(String), name: "Agence France Presse" },
    });
    const record = await dana.sourceRecords.get({ sourceId: added.source.id });
    expect(record.source.name).toBe("AFP");
    expect(record.aliases.map((alias) => alias.name)).toEqual(["Agence France Presse"]);
    const again = await dana.sources.findOrCreate({ workspaceId, name: "agence france-presse", type: "OUTLET" });
    expect(again).toMatchObject({ existed: true, source: { id: added.source.id, name: "AFP" } });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "source.rename", entityId: added.source.id },
      select: { before: true, after: true },
    });
    expect(audit.before).toEqual({ name: "Agence France Presse" });
    expect(audit.after).toEqual({ name: "AFP", aliasId: renamed.alias?.id, alias: "Agence France Presse" });

    // Back to the old name: it stops being an alias, and "AFP" becomes one.
    const back = await dana.sourceRecords.rename({
      sourceId: added.source.id,
      version: renamed.version,
      name: "Agence France-Presse",
    });
    expect(back.alias?.name).toBe("AFP");
    const after = await dana.sourceRecords.get({ sourceId: added.source.id });
    expect(after.aliases.map((alias) => alias.name)).toEqual(["AFP"]);

    // Only the spelling changes: no alias for what already folds to the same name.
    const respelled = await dana.sourceRecords.rename({
      sourceId: added.source.id,
      version: back.version,
      name: "agence France-Presse",
    });
    expect(respelled.alias).toBeNull();
    expect((await dana.sourceRecords.get({ sourceId: added.source.id })).aliases.map((alias) => alias.name)).toEqual([
      "AFP",
    ]);
  });

  it("refuses a name that belongs to another source with a CONFLICT naming it, and a stale version", async () => {
    const reuters = (await dana.sources.findOrCreate({ workspaceId, name: "Reuters", type: "OUTLET" })).source;
    const ap = (await dana.sources.findOrCreate({ workspaceId, name: "Associated Press", type: "OUTLET" })).source;
    await dana.sourceRecords.addAlias({ sourceId: ap.id, name: "AP" });
    const aliasesBefore = await db.sourceAlias.count();

    await expect(
      dana.sourceRecords.rename({ sourceId: reuters.id, version: reuters.version, name: "associated press" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message:
        "“associated press” already names another source of this workspace, Associated Press; pick another name, or merge Associated Press into Reuters if they are the same",
    });
    await expect(
      dana.sourceRecords.rename({ sourceId: reuters.id, version: reuters.version, name: "ap" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already names another source of this workspace, Associated Press"),
    });
    await expect(
      dana.sourceRecords.rename({ sourceId: reuters.id, version: reuters.version + 5, name: "Reuters News" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining(`now version ${reuters.version}`),
    });
    await expect(
      dana.sourceRecords.rename({ sourceId: reuters.id, version: reuters.version, name: "  " }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      dana.sourceRecords.rename({ sourceId: reuters.id, version: reuters.version, name: "x".repeat(201) }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(
      await db.source.findUniqueOrThrow({ where: { id: reuters.id }, select: { name: true, version: true } }),
    ).toEqual({
      name: "Reuters",
      version: reuters.version,
    });
    expect(await db.sourceAlias.count()).toBe(aliasesBefore);
  });

  it.runIf(engine.name === "postgres")(
    "lets one of two simultaneous renames to one name win; the other is a CONFLICT",
    async () => {
      const [left, right] = await Promise.all(
        ["Left Wire", "Right Wire"].map(
          async (name) => (await dana.sources.findOrCreate({ workspaceId, name, type: "OUTLET" })).source,
        ),
      );
      const results = await Promise.allSettled(
        [left!, right!].map((source) =>
          dana.sourceRecords.rename({ sourceId: source.id, version: source.version, name: "Centre Wire" }),
        ),
      );
      expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
      const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
      expect(refused.reason).toMatchObject({
        code: "CONFLICT",
        message: expect.stringContaining("already names another source"),
      });
      expect(await db.source.count({ where: { workspaceId, name: "Centre Wire" } })).toBe(1);
    },
  );

  it("refuses the name of a duplicate merged into the source, which already finds it", async () => {
    const bbc = (await dana.sources.findOrCreate({ workspaceId, name: "BBC", type: "OUTLET" })).source;
    const dup = (await dana.sources.findOrCreate({ workspaceId, name: "BBC News", type: "OUTLET" })).source;
    await dana.sourceRecords.merge({ sourceId: bbc.id, duplicateId: dup.id });
    const version = (await sourceNamed("BBC")).version;
    await expect(dana.sourceRecords.rename({ sourceId: bbc.id, version, name: "BBC News" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(
        /^“BBC News” is the name of BBC News, a duplicate merged into BBC; .*Undo that merge first/,
      ),
    });
    await expect(dana.sourceRecords.rename({ sourceId: dup.id, version: 2, name: "BBC World" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("was merged into BBC"),
    });
  });

  it("lists exactly the claims whose hops name the source, in pages, with their articles", async () => {
    const first = await createRelayArticle(db, workspaceId, {
      title: "Budget talks",
      claimCount: 10,
      outletsPerClaim: 2,
    });
    const second = await createRelayArticle(db, workspaceId, {
      title: "Another day",
      claimCount: 4,
      outletsPerClaim: 1,
    });
    const firstClaims = await claimIdsOf(first.articleId);
    const secondClaims = await claimIdsOf(second.articleId);
    // Claim i is relayed through "Press briefing <i mod 3>".
    const briefing1 = await sourceNamed("Press briefing 1");
    const uses = await dana.sourceRecords.uses({ sourceId: briefing1.id });
    const expected = [firstClaims[1], firstClaims[4], firstClaims[7], secondClaims[1]];
    expect(new Set(uses.claims.map((claim) => claim.id))).toEqual(new Set(expected));
    expect(uses).toMatchObject({ claimCount: 4, articleCount: 2, nextCursor: null });
    expect(uses.articles.map(({ title, claims }) => ({ title, claims }))).toEqual([
      { title: "Another day", claims: 1 },
      { title: "Budget talks", claims: 3 },
    ]);
    expect(uses.claims.every((claim) => claim.as.join() === "from,to")).toBe(true);
    expect(uses.claims.find((claim) => claim.id === secondClaims[1])).toMatchObject({
      quote: "Statement number 2 was made about topic 2.",
      // A paraphrase stays reported speech: no quotation marks the editor did not record.
      statement: "Speaker 1 said that Statement number 2 was made about topic 2.",
      article: { id: second.articleId, title: "Another day" },
    });

    // "Daily Gazette 2" relays every claim of the first article only: 10 claims in pages of 4.
    const gazette2 = await sourceNamed("Daily Gazette 2");
    const seen: string[] = [];
    let cursor: string | undefined;
    const sizes: number[] = [];
    do {
      const page = await dana.sourceRecords.uses({ sourceId: gazette2.id, limit: 4, ...(cursor ? { cursor } : {}) });
      expect(page.claimCount).toBe(10);
      sizes.push(page.claims.length);
      seen.push(...page.claims.map((claim) => claim.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(sizes).toEqual([4, 4, 2]);
    expect(new Set(seen)).toEqual(new Set(firstClaims));
    expect(seen).toHaveLength(10);

    const unused = (await dana.sources.findOrCreate({ workspaceId, name: "Nobody", type: "PERSON" })).source;
    expect(await dana.sourceRecords.uses({ sourceId: unused.id })).toEqual({
      claimCount: 0,
      articleCount: 0,
      articles: [],
      claims: [],
      nextCursor: null,
    });
    await expect(dana.sourceRecords.uses({ sourceId: unused.id, cursor: "not-a-cursor" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(dana.sourceRecords.uses({ sourceId: unused.id, limit: 101 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("lists the claims a source speaks, is the primary record of or is named in, with its role", async () => {
    const harbour = await createRelayArticle(db, workspaceId, {
      title: "Harbour works",
      claimCount: 4,
      outletsPerClaim: 1,
    });
    const [spoken, recorded, named, other] = await claimIdsOf(harbour.articleId);
    const authority = (
      await dana.sources.findOrCreate({ workspaceId, name: "Harbour Authority", type: "ORGANIZATION" })
    ).source;
    await db.claim.update({ where: { id: spoken! }, data: { speakerId: authority.id, kind: "DIRECT_QUOTE" } });
    await db.claim.update({ where: { id: recorded! }, data: { primaryRecordSourceId: authority.id } });
    await db.claimNamedSource.create({ data: { claimId: named!, sourceId: authority.id, position: 1 } });

    const uses = await dana.sourceRecords.uses({ sourceId: authority.id });
    expect(uses).toMatchObject({ claimCount: 3, articleCount: 1, nextCursor: null });
    expect(uses.articles.map(({ title, claims }) => ({ title, claims }))).toEqual([
      { title: "Harbour works", claims: 3 },
    ]);
    const byId = new Map(uses.claims.map((claim) => [claim.id, claim]));
    expect(byId.has(other!)).toBe(false);
    expect(byId.get(spoken!)).toMatchObject({
      as: ["speaker"],
      // A direct quote: its words in quotation marks, as recorded.
      statement: "Harbour Authority: “Statement number 1 was made about topic 1.”",
    });
    expect(byId.get(recorded!)).toMatchObject({
      as: ["primary_record"],
      statement: "Speaker 1 said that Statement number 2 was made about topic 2.",
    });
    expect(byId.get(named!)).toMatchObject({
      as: ["named"],
      statement: "Speaker 2 said that Statement number 3 was made about topic 3.",
    });

    const pages = [await dana.sourceRecords.uses({ sourceId: authority.id, limit: 2 })];
    pages.push(await dana.sourceRecords.uses({ sourceId: authority.id, limit: 2, cursor: pages[0]!.nextCursor! }));
    expect(pages.map((page) => page.claims.length)).toEqual([2, 1]);
    expect(pages[1]!.nextCursor).toBeNull();
    expect(new Set(pages.flatMap((page) => page.claims.map((claim) => claim.id)))).toEqual(
      new Set([spoken, recorded, named]),
    );

    // The speaker of claims also relayed through hops: every role listed.
    const speaker1 = await sourceNamed("Speaker 1");
    const relayed = await dana.sourceRecords.uses({ sourceId: speaker1.id });
    expect(relayed.claims.find((claim) => claim.id === recorded)?.as).toEqual(["from", "speaker"]);
  });
});
