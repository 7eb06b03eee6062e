// Work proportional to what is shown. A workspace of 33,000 claims (past the 32,767 bind
// parameters that once broke the impact preview and the source page) where a wire agency is
// used by 28 claims: its impact preview and its page read those claims only, and no statement
// carries one parameter per claim. Lists page by keyset, completely and without repeats.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/server/database/open-database";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { createQueryCounter } from "../support/count-queries";
import { testEngines } from "../support/test-databases";

const BYSTANDER_CLAIMS = 33_000;
const WIRE_CLAIMS = 28;
const MAX_PARAMETERS = 600;

async function seedWorkspace(db: Db) {
  const workspace = await db.workspace.create({ data: { slug: "wire-desk", name: "Wire desk" }, select: { id: true } });
  const source = (name: string, type: "PERSON" | "OUTLET") =>
    db.source.create({
      data: { workspaceId: workspace.id, name, normalizedName: name.toLowerCase(), type },
      select: { id: true },
    });
  const [bystander, minister, wire] = [
    await source("Bystander", "PERSON"),
    await source("Minister", "PERSON"),
    await source("Wire Agency", "OUTLET"),
  ];
  const article = await db.article.create({
    data: { workspaceId: workspace.id, slug: "big-day", title: "Big day", body: "Word word.", status: "PUBLISHED" },
    select: { id: true },
  });
  // Set-based SQL: 33,000 one-hop claims in two statements.
  await db.$executeRaw`
    INSERT INTO claim (article_id, start_offset, end_offset, exact, kind, speaker_id, review_state)
    SELECT ${article.id}::uuid, 0, 4, 'Word', 'PARAPHRASE', ${bystander.id}::uuid, 'PUBLISHED'
    FROM generate_series(1, ${BYSTANDER_CLAIMS})`;
  await db.$executeRaw`
    INSERT INTO hop (claim_id, from_source_id, relation, first_hand, confidence)
    SELECT id, speaker_id, 'SAID_TO', true, 0.9 FROM claim WHERE article_id = ${article.id}::uuid`;
  const wireClaims: string[] = [];
  for (let i = 0; i < WIRE_CLAIMS; i++) {
    const claim = await db.claim.create({
      data: {
        articleId: article.id,
        startOffset: 5,
        endOffset: 9,
        exact: "word",
        kind: "PARAPHRASE",
        speakerId: minister.id,
        // Two of them are drafts: members see them, readers do not.
        reviewState: i < 2 ? "DRAFT" : "PUBLISHED",
        hops: {
          create: [
            { fromSourceId: minister.id, toSourceId: wire.id, relation: "SAID_TO", firstHand: true, confidence: 0.9 },
            { fromSourceId: wire.id, relation: "REPORTED_BY", confidence: 0.75, position: 1 },
          ],
        },
      },
      select: { id: true },
    });
    wireClaims.push(claim.id);
  }
  const user = await db.user.create({ data: { email: "desk@example.org", name: "Desk" }, select: { id: true } });
  await db.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: "EDITOR" } });
  return { workspace, wire, minister, wireClaims, user };
}

const placeholders = (sql: string) => new Set(sql.match(/\$\d+/g) ?? []).size;

describe.each(testEngines())("read paths at scale on $name", (engine) => {
  let database: Database;
  let fx: Awaited<ReturnType<typeof seedWorkspace>>;
  const { counter, wrapAdapter } = createQueryCounter();
  let editor: ReturnType<typeof createCaller>;
  let anonymous: ReturnType<typeof createCaller>;
  beforeAll(async () => {
    database = await engine.open({ wrapAdapter });
    fx = await seedWorkspace(database.db);
    editor = createCaller(
      createInnerContext({ db: database.db, session: { userId: fx.user.id, email: "desk@example.org", name: "Desk" } }),
    );
    anonymous = createCaller(createInnerContext({ db: database.db }));
  });
  afterAll(() => database.close());

  it("previews retracting the wire agency from its 28 claims alone, past 32,767 claims in the workspace", async () => {
    counter.reset();
    const preview = await editor.sources.impactPreview({ sourceId: fx.wire.id, standing: "RETRACTED" });
    expect(preview.map((impact) => impact.claimId).sort()).toEqual([...fx.wireClaims].sort());
    // The minister spoke to the wire only: without it, no path reaches the article.
    expect(preview.every((impact) => impact.effect === "loses_all_support")).toBe(true);
    expect(Math.max(...counter.statements.map(placeholders))).toBeLessThan(MAX_PARAMETERS);
  });

  it("pages the wire agency's claims on its public page, published ones only", async () => {
    counter.reset();
    const page = await anonymous.sourcing.source({ id: fx.wire.id });
    expect(page.claims.map((claim) => claim.claimId).sort()).toEqual(fx.wireClaims.slice(2).sort());
    expect(page.nextCursor).toBeNull();
    expect(page.claims[0]).toMatchObject({ roles: ["intermediary"], directness: "indirect" });
    expect(Math.max(...counter.statements.map(placeholders))).toBeLessThan(MAX_PARAMETERS);
  });

  it("pages a source used by 33,000 claims fifty at a time, each claim once", async () => {
    const speaker = await database.db.claim.findFirstOrThrow({
      where: { exact: "Word" },
      select: { speakerId: true },
    });
    const seen: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 3; pages++) {
      const page = await anonymous.sourcing.source({ id: speaker.speakerId!, ...(after ? { after } : {}) });
      expect(page.claims).toHaveLength(50);
      seen.push(...page.claims.map((claim) => claim.claimId));
      after = page.nextCursor!;
      expect(after).toBe([...seen].sort().at(-1));
    }
    expect(new Set(seen).size).toBe(150);
  });

  it("shows the members the wire agency's drafts too", async () => {
    const page = await editor.sourcing.source({ id: fx.wire.id });
    expect(page.claims).toHaveLength(WIRE_CLAIMS);
  });
});

describe.each(testEngines())("keyset lists on $name", (engine) => {
  let database: Database;
  let anonymous: ReturnType<typeof createCaller>;
  let member: ReturnType<typeof createCaller>;
  let workspaceId: string;
  const { counter, wrapAdapter } = createQueryCounter();
  // Published claims of every fifth article: i % 4 of them, beside one draft each.
  const publishedClaims = (i: number) => (i % 5 === 0 ? i % 4 : 0);
  beforeAll(async () => {
    database = await engine.open({ wrapAdapter });
    const db = database.db;
    const workspace = await db.workspace.create({ data: { slug: "lists", name: "Lists" }, select: { id: true } });
    workspaceId = workspace.id;
    // 130 articles: dated ones (some sharing a date), undated ones, and drafts.
    const base = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 130; i++) {
      await db.article.create({
        data: {
          workspaceId,
          slug: `story-${i}`,
          title: `Story ${i}`,
          body: "Text.",
          status: i % 10 === 9 ? "DRAFT" : "PUBLISHED",
          publishedAt: i % 7 === 6 ? null : new Date(base + Math.floor(i / 2) * 86_400_000),
          createdAt: new Date(base + (i % 3) * 1000),
        },
      });
    }
    const articles = await db.article.findMany({ where: { workspaceId }, select: { id: true, slug: true } });
    await db.claim.createMany({
      data: articles.flatMap(({ id, slug }) => {
        const i = Number(slug.slice("story-".length));
        if (i % 5 !== 0) return [];
        const claim = { articleId: id, startOffset: 0, endOffset: 4, exact: "Text", kind: "PARAPHRASE" as const };
        return [
          ...Array.from({ length: publishedClaims(i) }, () => ({ ...claim, reviewState: "PUBLISHED" as const })),
          { ...claim, reviewState: "DRAFT" as const },
        ];
      }),
    });
    await db.source.createMany({
      data: Array.from({ length: 450 }, (_, i) => ({
        workspaceId,
        name: `Source ${String(i % 150).padStart(3, "0")}${i >= 150 ? ` ${Math.floor(i / 150)}` : ""}`,
        normalizedName: `source ${i}`,
        type: "PERSON" as const,
      })),
    });
    const user = await db.user.create({ data: { email: "lists@example.org", name: "Lists" }, select: { id: true } });
    await db.membership.create({ data: { workspaceId, userId: user.id, role: "VIEWER" } });
    anonymous = createCaller(createInnerContext({ db }));
    member = createCaller(
      createInnerContext({ db, session: { userId: user.id, email: "lists@example.org", name: "Lists" } }),
    );
  });
  afterAll(() => database.close());

  it("lists published articles newest first, the undated last, fifty a page, each once", async () => {
    const expected = await database.db.article.findMany({
      where: { status: "PUBLISHED" },
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "desc" }],
      select: { slug: true },
    });
    const slugs: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await anonymous.articles.list(cursor ? { cursor } : {});
      expect(page.items.length).toBeLessThanOrEqual(50);
      slugs.push(...page.items.map((item) => item.slug));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(slugs).toEqual(expected.map((article) => article.slug));
    expect(slugs).toHaveLength(117);
  });

  it("reads the same pages, claims counted, through the database's own connection, sending nothing through Prisma", async () => {
    const direct = createCaller(createInnerContext({ db: database.db, sql: database.sql }));
    const pages = async (caller: ReturnType<typeof createCaller>) => {
      const all = [];
      let cursor: string | undefined;
      do {
        const page = await caller.articles.list({ limit: 13, ...(cursor ? { cursor } : {}) });
        all.push(page);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return all;
    };
    counter.reset();
    const directPages = await pages(direct);
    expect(counter.count).toBe(0);
    const prismaPages = await pages(anonymous);
    expect(counter.count).toBeGreaterThan(0);
    expect(JSON.stringify(directPages)).toBe(JSON.stringify(prismaPages));
    expect(directPages).toHaveLength(9);
    const items = directPages.flatMap((page) => page.items);
    expect(items).toHaveLength(117);
    for (const item of items) expect(item.claimCount).toBe(publishedClaims(Number(item.slug.slice("story-".length))));
    expect(items.filter((item) => item.claimCount > 0).length).toBeGreaterThan(10);
    const dated = items.find((item) => item.slug === "story-0")!;
    expect(dated).toMatchObject({ publishedAt: "2026-01-01T00:00:00.000Z", status: "PUBLISHED", publisher: null });
    expect(items.find((item) => item.slug === "story-6")!.publishedAt).toBeNull();
  });

  it("pages a workspace's articles for its members, drafts included", async () => {
    const first = await member.workspaces.bySlug({ slug: "lists" });
    expect(first.articles).toHaveLength(50);
    const ids = first.articles.map((article) => article.id);
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await member.workspaces.bySlug({ slug: "lists", cursor });
      ids.push(...page.articles.map((article) => article.id));
      cursor = page.nextCursor;
    }
    expect(new Set(ids).size).toBe(130);
  });

  it("pages the whole source list (once cut at 2,000) in name order, each source once", async () => {
    const expected = await database.db.source.findMany({
      where: { workspaceId },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { name: true },
    });
    const names: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await member.sourceRecords.list({ workspaceId, limit: 100, ...(cursor ? { cursor } : {}) });
      names.push(...page.items.map((item) => item.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(names).toEqual(expected.map((source) => source.name));
    expect(new Set(names).size).toBe(450);
    const filtered = await member.sourceRecords.list({ workspaceId, query: "source 149" });
    expect(filtered.items.map((item) => item.name)).toEqual(["Source 149"]);
  });

  it("refuses a cursor it did not make with a clear message", async () => {
    await expect(anonymous.articles.list({ cursor: "not-a-cursor" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("start again from the first page"),
    });
  });
});
