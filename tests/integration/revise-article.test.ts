// Corrections: a new body is stored as a version and every claim is re-anchored, moved claims
// following their words and changed ones flagged for review with their old words kept.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listDraftHops } from "@/lib/suggestions/claim-draft";
import { proposeClaimDraft } from "@/lib/suggestions/propose-claim-draft";
import type { Database } from "@/server/database/open-database";
import { loadDemo } from "@/server/services/seed/load-demo";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { signUpConfirmed } from "../support/confirm-sign-up";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const seed = fs.readFileSync(path.join(repoRoot, "prisma", "seed", "article.txt"), "utf8").trimEnd();
const QUOTE =
  "“Ukraine is sovereign. If it asks for Allied forces to be on its territory, it’s not up to Russia to accept or not,”";
const corrected = seed
  .replace("has elaborated on potential roles", "has elaborated on the potential roles")
  .replace(
    QUOTE,
    "“Ukraine is a sovereign country. If it asks for allied forces on its soil, it is not for Russia to accept or refuse,”",
  );

describe.each(testEngines())("revising an article on $name", (engine) => {
  let database: Database;
  let editor: ReturnType<typeof createCaller>;
  let articleId: string;
  beforeAll(async () => {
    database = await engine.open();
    await loadDemo(database.db, repoRoot);
    const anonymous = createCaller(createInnerContext({ db: database.db }));
    const owner = await signUpConfirmed(anonymous.auth, {
      email: "desk@example.org",
      name: "Desk Editor",
      password: "a long enough password",
    });
    editor = createCaller(
      createInnerContext({ db: database.db, session: { userId: owner.id, email: owner.email, name: owner.name } }),
    );
    articleId = (await database.db.article.findFirstOrThrow({ select: { id: true } })).id;
  });
  afterAll(() => database.close());

  it("keeps the troops claim on its words and flags the rewritten quote for review", async () => {
    const result = await editor.editing.reviseArticle({
      articleId,
      content: corrected,
      note: "typo; quote corrected",
      expectedVersion: 1,
    });
    expect(result.article.version).toBe(2);
    expect(result.claims).toHaveLength(15);
    for (const claim of result.claims.filter((c) => c.status !== "needs_review"))
      expect(corrected.slice(claim.start, claim.end)).toBe(claim.quote);
    const troops = result.claims.find((c) => c.quote.includes("several thousand troops"))!;
    expect(troops.status).toBe("moved");
    const flagged = result.claims.filter((c) => c.status === "needs_review");
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({ quote: QUOTE, text: expect.stringContaining("Ukraine is a sovereign country") });
    // Each claim's words as its speaker's statement: the flagged direct quote quoted as annotated,
    // the troops paraphrase as reported speech.
    expect(flagged[0]!.statement).toBe(`Emmanuel Macron: ${QUOTE}`);
    expect(troops.statement).toBe(
      "Emmanuel Macron said that participating nations potentially sending several thousand troops each to “key points” within Ukraine.",
    );

    const stored = await database.db.claim.findUniqueOrThrow({
      where: { id: flagged[0]!.id },
      select: { anchorState: true, previousExact: true, exact: true, anchorVersion: true },
    });
    expect(stored).toMatchObject({ anchorState: "NEEDS_REVIEW", previousExact: QUOTE, anchorVersion: 2 });
    const claims = await database.db.claim.findMany({ select: { startOffset: true, endOffset: true, exact: true } });
    for (const claim of claims) expect(corrected.slice(claim.startOffset, claim.endOffset)).toBe(claim.exact);
  });

  it("keeps every version with who made it, and refuses a revision of a stale version", async () => {
    const versions = await editor.editing.articleVersions({ articleId });
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions[0]).toMatchObject({ by: "Desk Editor", note: "typo; quote corrected", body: corrected });
    expect(versions[1]!.body).toBe(seed);
    await expect(editor.editing.reviseArticle({ articleId, content: seed, expectedVersion: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await database.db.auditEvent.count({ where: { action: "article.revise", entityId: articleId } })).toBe(1);
  });

  it("anchors a claim made after a revision in the article's current version, annotated or accepted", async () => {
    const { body, version } = await database.db.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { body: true, version: true },
    });
    expect(version).toBe(2);
    const words = "This was the second meeting of its kind in two weeks";
    const start = body.indexOf(words);
    const macron = await database.db.source.findFirstOrThrow({
      where: { name: "Emmanuel Macron" },
      select: { id: true },
    });
    const annotated = await editor.editing.createClaim({
      articleId,
      start,
      end: start + words.length,
      exact: words,
      kind: "PARAPHRASE",
      speakerId: macron.id,
    });
    const suggestion = (await editor.editing.suggestClaims({ articleId })).find((s) => s.speaker && s.text.length > 0)!;
    const draft = proposeClaimDraft(suggestion);
    const accepted = await editor.editing.acceptSuggestion({ articleId, draft, shownHops: listDraftHops(draft) });
    const stored = await database.db.claim.findMany({
      where: { id: { in: [annotated.id, accepted.id] } },
      select: { anchorVersion: true },
    });
    expect(stored).toEqual([{ anchorVersion: 2 }, { anchorVersion: 2 }]);
    await database.db.claim.deleteMany({ where: { id: { in: [annotated.id, accepted.id] } } });
  });

  it("lets an editor accept the new words of a flagged claim", async () => {
    const flagged = await database.db.claim.findFirstOrThrow({
      where: { anchorState: "NEEDS_REVIEW" },
      select: { id: true, version: true },
    });
    await editor.editing.resolveAnchor({ claimId: flagged.id, version: flagged.version });
    expect(
      await database.db.claim.findUniqueOrThrow({
        where: { id: flagged.id },
        select: { anchorState: true, previousExact: true },
      }),
    ).toEqual({ anchorState: "ANCHORED", previousExact: null });
  });

  it("flags a claim whose words were deleted, keeping it at the place they stood", async () => {
    const current = (await database.db.article.findUniqueOrThrow({ where: { id: articleId }, select: { body: true } }))
      .body;
    const without = current.replace(
      "This was the second meeting of its kind in two weeks, designed",
      "It was designed",
    );
    const result = await editor.editing.reviseArticle({ articleId, content: without });
    const deleted = result.claims.find((c) => c.quote === "This was the second meeting of its kind in two weeks")!;
    expect(deleted.status).toBe("needs_review");
    expect(deleted.start).toBeLessThanOrEqual(deleted.end);
    expect(without.slice(deleted.start, deleted.end)).toBe(deleted.text);
    const sourcing = await editor.sourcing.article({ id: articleId });
    expect(sourcing.claims).toHaveLength(15);
  });

  it("refuses an empty body and leaves the article as it was", async () => {
    const before = await database.db.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true } });
    await expect(
      editor.editing.reviseArticle({ articleId, content: "<p> </p>", contentType: "html" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(
      await database.db.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true } }),
    ).toEqual(before);
  });

  it("keeps the version when the same text and title are saved again: no new version, no claim touched", async () => {
    const before = await database.db.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { version: true, body: true, title: true },
    });
    const claimsBefore = await database.db.claim.findMany({
      orderBy: { id: "asc" },
      select: { id: true, version: true },
    });
    const revisions = await database.db.auditEvent.count({ where: { action: "article.revise", entityId: articleId } });
    const result = await editor.editing.reviseArticle({ articleId, content: before.body, title: before.title });
    expect(result.article.version).toBe(before.version);
    expect(new Set(result.claims.map((claim) => claim.status))).toEqual(new Set(["unchanged"]));
    for (const claim of result.claims) expect(before.body.slice(claim.start, claim.end)).toBe(claim.text);
    expect((await editor.editing.articleVersions({ articleId })).map((v) => v.version)[0]).toBe(before.version);
    expect(await database.db.claim.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true } })).toEqual(
      claimsBefore,
    );
    expect(await database.db.auditEvent.count({ where: { action: "article.revise", entityId: articleId } })).toBe(
      revisions,
    );
    // A new title alone is a new version.
    const retitled = await editor.editing.reviseArticle({ articleId, content: before.body, title: "A new headline" });
    expect(retitled.article).toMatchObject({ version: before.version + 1, title: "A new headline" });
  });

  it("keeps the version number when the article is unpublished and published again (its text did not change)", async () => {
    const read = () =>
      database.db.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true, status: true } });
    const before = await read();
    await editor.editing.setArticleStatus({ articleId, status: "DRAFT" });
    expect(await read()).toEqual({ version: before.version, status: "DRAFT" });
    await editor.editing.setArticleStatus({ articleId, status: "PUBLISHED" });
    expect(await read()).toEqual({ version: before.version, status: "PUBLISHED" });
    expect((await editor.editing.articleVersions({ articleId })).map((v) => v.version)[0]).toBe(before.version);
    expect(
      await database.db.auditEvent.count({ where: { action: "article.status", entityId: articleId } }),
    ).toBeGreaterThanOrEqual(2);
  });
});
