// The article read's one statement (article-claims-query.ts) gives exactly the rows of Prisma's
// select that it replaced (claimSourcingSelect: eight statements), field for field and in the
// same order, for every reader: on the demo seed, and on a synthetic newsroom (serial chains,
// parallel outlets, drafts) given denials, retracted sources and hops, named sources,
// record statements, evidence and dates.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleRef } from "@/lib/articles/schemas";
import { planNewsroom } from "@/lib/newsroom/plan-newsroom";
import type { Database, Db } from "@/server/database/open-database";
import { checkReadable, findArticleMeta, type Reader } from "@/server/services/articles/find-article";
import { writeNewsroom } from "@/server/services/newsroom/write-newsroom";
import { loadDemo } from "@/server/services/seed/load-demo";
import { readArticleWithClaims } from "@/server/services/sourcing/article-claims-query";
import { claimSourcingSelect } from "@/server/services/sourcing/claim-sourcing-select";
import { readableClaims } from "@/server/services/sourcing/readable-articles";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

/** The read as it was: the article's fields, then its body and Prisma's select of its claims. */
async function readBefore(db: Db, ref: ArticleRef, reader: Reader) {
  const meta = await findArticleMeta(db, ref, reader).catch(() => "not found" as const);
  if (meta === "not found") return meta;
  const [article, claims] = await Promise.all([
    db.article.findUniqueOrThrow({ where: { id: meta.id }, select: { body: true } }),
    db.claim.findMany({
      where: { AND: [{ articleId: meta.id }, readableClaims(reader)] },
      orderBy: [{ startOffset: "asc" }, { id: "asc" }],
      select: claimSourcingSelect,
    }),
  ]);
  return { article: { ...meta, body: article.body }, claims };
}

/** The read now: one statement, then the same check of who may read the article. */
async function readNow(db: Db, ref: ArticleRef, reader: Reader) {
  const read = await readArticleWithClaims(db, ref, reader);
  const readable = await checkReadable(db, ref, read?.article ?? null, reader).then(
    () => true,
    () => false,
  );
  return readable ? read : ("not found" as const);
}

async function expectSameReads(db: Db, reader: Reader) {
  const articles = await db.article.findMany({ select: { id: true, slug: true }, orderBy: { id: "asc" } });
  let claims = 0;
  for (const { id, slug } of articles) {
    for (const ref of [{ id }, { slug }]) {
      const [before, now] = [await readBefore(db, ref, reader), await readNow(db, ref, reader)];
      expect(now).toEqual(before);
      // Key order too: the JSON answer (and its ETag) stays byte for byte the same.
      expect(JSON.stringify(now)).toBe(JSON.stringify(before));
      if (now && now !== "not found" && ref.id) claims += now.claims.length;
    }
  }
  return claims;
}

describe.each(testEngines())("the article read's one statement on $name", (engine) => {
  let database: Database;
  let member: Reader;
  let outsider: Reader;

  beforeAll(async () => {
    database = await engine.open();
    const { db } = database;
    await loadDemo(db, repoRoot);
    const written = await writeNewsroom(db, planNewsroom({ claims: 400, seed: 5 }), { workspaceSlug: "desk" });
    const users = await Promise.all(
      ["member", "outsider"].map((name) =>
        db.user.create({ data: { email: `${name}@example.org`, name }, select: { id: true } }),
      ),
    );
    await db.membership.create({ data: { workspaceId: written.workspaceId, userId: users[0]!.id, role: "EDITOR" } });
    member = { userId: users[0]!.id };
    outsider = { userId: users[1]!.id };

    // What the generator does not write: denials, a retracted source and hop, named sources
    // with the article's words, a record statement, evidence and dates, claims held back.
    const claims = await db.claim.findMany({
      where: { article: { workspaceId: written.workspaceId } },
      orderBy: { id: "asc" },
      select: { id: true, speakerId: true, hops: { select: { id: true, fromSourceId: true } } },
    });
    const denied = claims.filter((_, i) => i % 7 === 0).map((claim) => claim.id);
    await db.claim.updateMany({ where: { id: { in: denied } }, data: { stance: "DENIES", status: "DENIED" } });
    const heldBack = claims.filter((_, i) => i % 11 === 3).map((claim) => claim.id);
    await db.claim.updateMany({ where: { id: { in: heldBack } }, data: { reviewState: "IN_REVIEW" } });
    const withHops = claims.filter((claim) => claim.hops.length > 1);
    const retracted = withHops[0]!.hops[0]!;
    await db.source.update({
      where: { id: retracted.fromSourceId },
      data: { standing: "RETRACTED", standingNote: "Withdrawn by the agency.", publicNote: "A wire agency." },
    });
    await db.hop.update({
      where: { id: withHops[1]!.hops[1]!.id },
      data: {
        standing: "CORRECTED",
        evidenceUrl: "https://example.org/evidence",
        evidenceQuote: "« the words »",
        evidenceNote: "Checked by phone.",
        occurredAt: new Date("2026-03-04T05:06:07.089Z"),
      },
    });
    const [first, second] = claims.filter(
      (claim) => claim.hops.length > 0 && claim.hops[0]!.fromSourceId !== retracted.fromSourceId,
    );
    await db.claimNamedSource.deleteMany({ where: { claimId: first!.id } });
    await db.claimNamedSource.createMany({
      data: [
        // Distinct positions: Prisma's select left equal ones in whatever order the plan gave.
        { claimId: first!.id, sourceId: first!.hops[0]!.fromSourceId, position: 0, mentionedAs: null },
        { claimId: first!.id, sourceId: retracted.fromSourceId, position: 1, mentionedAs: "the agency" },
      ],
    });
    await db.claim.update({
      where: { id: second!.id },
      data: {
        primaryRecord: "NOT_AVAILABLE",
        primaryRecordNote: "No transcript was published.",
        primaryRecordSourceId: retracted.fromSourceId,
        cue: "according to",
        note: "Ask the ministry.",
        anchorState: "NEEDS_REVIEW",
        previousExact: "earlier words",
        publishedAt: new Date("2026-11-30T10:00:00.123Z"),
      },
    });
  });
  afterAll(() => database.close());

  it("reads what Prisma's select read, for a reader signed out", async () => {
    expect(await expectSameReads(database.db, null)).toBeGreaterThan(300);
  });

  it("reads what Prisma's select read, for a member (drafts and held-back claims included)", async () => {
    expect(await expectSameReads(database.db, member)).toBeGreaterThan(400);
  });

  it("reads what Prisma's select read, for a signed-in reader of another workspace", async () => {
    expect(await expectSameReads(database.db, outsider)).toBeGreaterThan(300);
  });

  it("finds no article for a slug or id that names none", async () => {
    const nowhere = [{ slug: "no-such-article" }, { id: "00000000-0000-4000-8000-000000000000" }];
    for (const ref of nowhere) expect(await readArticleWithClaims(database.db, ref, member)).toBeNull();
  });

  it("covers what it claims to cover", async () => {
    const rows = (await readArticleWithClaims(
      database.db,
      { id: (await firstArticleWithDenial(database.db))! },
      member,
    ))!.claims;
    expect(rows.some((row) => row.stance === "DENIES")).toBe(true);
    const everything = await Promise.all(
      (await database.db.article.findMany({ select: { id: true } })).map(({ id }) =>
        readArticleWithClaims(database.db, { id }, member),
      ),
    );
    const all = everything.flatMap((read) => read!.claims);
    expect(
      everything.some((read) => read!.article.status === "DRAFT"),
      "drafts",
    ).toBe(true);
    const hops = all.flatMap((row) => row.hops);
    expect(
      hops.some((hop) => hop.from.standing === "RETRACTED" && hop.from.standingNote),
      "retracted",
    ).toBe(true);
    expect(
      hops.some((hop) => hop.occurredAt instanceof Date && hop.standing === "CORRECTED"),
      "dated",
    ).toBe(true);
    // Parallel outlets: two hops of one claim from the same source; serial: a chain of three or more.
    expect(
      all.some((row) => new Set(row.hops.map((hop) => hop.from.id)).size < row.hops.length),
      "parallel",
    ).toBe(true);
    expect(
      all.some((row) => row.hops.length >= 3),
      "serial",
    ).toBe(true);
    expect(
      all.some((row) => row.namedSources.some((named) => named.mentionedAs === "the agency")),
      "named",
    ).toBe(true);
    expect(
      all.some((row) => row.primaryRecordSource?.standing === "RETRACTED"),
      "record",
    ).toBe(true);
    expect(
      all.some((row) => row.reviewState === "IN_REVIEW"),
      "held back",
    ).toBe(true);
  });
});

async function firstArticleWithDenial(db: Db) {
  const claim = await db.claim.findFirst({ where: { stance: "DENIES" }, select: { articleId: true } });
  return claim?.articleId;
}
