// Issue 12's cases through the database, on each engine: imports that find typographically
// different quotes and the occurrence a cue names, refuse degenerate quotes with nothing stored,
// store LF text; revisions that never move a claim onto a look-alike or into another number,
// and keep claims whose words changed only in their characters; W3C export positions in code points.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatW3cAnnotations } from "@/lib/annotation/format-w3c";
import type { Database } from "@/server/database/open-database";
import { importArticle } from "@/server/services/articles/import-article";
import { getArticleSourcing } from "@/server/services/sourcing/get-article-sourcing";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { signUpConfirmed } from "../support/confirm-sign-up";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const fixture = JSON.parse(
  fs.readFileSync(path.join(repoRoot, "tests", "fixtures", "annotation", "issue-12-cases.json"), "utf8"),
);
const claim = (quote: string, extra: Record<string, unknown> = {}) => ({
  quote_or_paraphrase: quote,
  kind: "paraphrase",
  speaker: null,
  chain: ["this article"],
  indirect: false,
  ...extra,
});

describe.each(testEngines())("anchoring cases on $name", (engine) => {
  let database: Database;
  let editor: ReturnType<typeof createCaller>;
  const workspace = "anchoring-desk";
  beforeAll(async () => {
    database = await engine.open();
    const anonymous = createCaller(createInnerContext({ db: database.db }));
    const owner = await signUpConfirmed(anonymous.auth, {
      email: "a@example.org",
      name: "Ana Editor",
      password: "long enough pw",
    });
    editor = createCaller(
      createInnerContext({ db: database.db, session: { userId: owner.id, email: owner.email, name: owner.name } }),
    );
    await editor.workspaces.create({ name: "Anchoring desk", slug: workspace });
  });
  afterAll(() => database.close());

  async function importBody(body: string, claims: unknown[]) {
    const imported = await importArticle(database.db, {
      annotation: { title: `Article ${Math.random()}`, claims },
      body,
      workspace,
      createWorkspace: true,
      publish: true,
      actorId: null,
    });
    const stored = await database.db.claim.findMany({
      where: { articleId: imported.articleId },
      orderBy: { startOffset: "asc" },
      select: { id: true, version: true, startOffset: true, endOffset: true, exact: true },
    });
    return { ...imported, claims: stored };
  }

  it("imports the fixture: LF text without BOM, curly and NFD words found, the cue's occurrence taken (cases 4, 5, 7)", async () => {
    const imported = await importArticle(database.db, {
      annotation: fixture,
      workspace,
      createWorkspace: true,
      publish: true,
      actorId: null,
    });
    const { body } = await database.db.article.findUniqueOrThrow({
      where: { id: imported.articleId },
      select: { body: true },
    });
    expect(body).toBe(
      fixture.article.body
        .replace(/^\uFEFF/, "")
        .replaceAll("\r\n", "\n")
        .trim(),
    );
    const sourcing = await getArticleSourcing(database.db, { id: imported.articleId }, null);
    const at = (quote: string) => sourcing.claims.filter((c) => c.quote === quote);
    expect(at("she won’t run again")).toHaveLength(1);
    expect(at("born in Besanc\u0327on")).toHaveLength(1);
    const dead = at("the budget is dead").map((c) => ({ start: c.start, speaker: c.speaker?.name ?? null }));
    expect(dead).toEqual([
      { start: body.indexOf("the budget is dead"), speaker: null },
      { start: body.lastIndexOf("the budget is dead"), speaker: "Dr. Weiß" },
    ]);
    for (const c of sourcing.claims) expect(body.slice(c.start, c.end)).toBe(c.quote);

    // Case 8: the emoji before the club's claim counts one code point in the W3C export.
    const w3c = JSON.parse(formatW3cAnnotations(sourcing, { baseUrl: "https://claims.example.org" }));
    const club = w3c.first.items.find((item: { target: { selector: Array<{ exact?: string }> } }) =>
      item.target.selector[0]!.exact?.startsWith("the club"),
    );
    const utf16 = body.indexOf("the club is saved");
    expect(club.target.source).toBe("https://news.example.org/budget-talks");
    expect(club.target.selector[1]).toEqual({ type: "TextPositionSelector", start: utf16 - 1, end: utf16 - 1 + 17 });
    expect([...body].slice(utf16 - 1, utf16 - 1 + 17).join("")).toBe("the club is saved");
  });

  it.each([" ", "—", "…"])("refuses a degenerate quote %j with nothing stored (case 6)", async (quote) => {
    const before = await database.db.article.count();
    await expect(
      importArticle(database.db, {
        annotation: { title: "Degenerate", claims: [claim("the ball"), claim(quote)] },
        body: "He kicked the ball — then … nothing.",
        workspace,
        createWorkspace: true,
        publish: true,
        actorId: null,
      }),
    ).rejects.toThrow(`claim 2: the quote "${quote}" holds no words, only spaces or punctuation`);
    expect(await database.db.article.count()).toBe(before);
  });

  it("flags a claim whose sentence was deleted rather than moving it onto a look-alike (case 1)", async () => {
    const alpha = "Team Alpha reported that the new deployment reduced latency by twelve percent.";
    const beta = "Team Beta reported that the new deployment reduced latency by twelve percent in Europe only.";
    const words = "the new deployment reduced latency by twelve percent";
    const v1 = `${alpha}\n\nOther teams kept the old set-up.\n\n${beta}`;
    const article = await importBody(v1, [
      claim(words, { prefix: "Team Alpha reported that " }),
      claim(words, { prefix: "Team Beta reported that " }),
    ]);
    const v2 = `Other teams kept the old set-up.\n\n${beta}`;
    const result = await editor.editing.reviseArticle({ articleId: article.articleId, content: v2 });
    const byId = new Map(result.claims.map((c) => [c.id, c]));
    expect(byId.get(article.claims[0]!.id)!.status).toBe("needs_review");
    expect(byId.get(article.claims[1]!.id)).toMatchObject({ status: "moved", start: v2.indexOf(words) });
  });

  it("never moves a short claim into another number (case 2)", async () => {
    const v1 = "Unemployment rose by 4% in May. Youth unemployment stands at 14% this year.";
    const article = await importBody(v1, [claim("4%")]);
    const result = await editor.editing.reviseArticle({
      articleId: article.articleId,
      content: v1.replace("4% in", "5% in"),
    });
    expect(result.claims[0]).toMatchObject({ status: "needs_review", quote: "4%", text: "5%" });
  });

  it.each([
    ["a line break", "Workers were hurt in the blast.", "Workers were hurt<br>in the blast.", "hurt in", "html"],
    ["NBSP", "The closure cost 3,500 jobs.", "<p>The closure cost 3,500&nbsp;jobs.</p>", "3,500 jobs", "html"],
    ["NFD", "The mayor of Besançon resigned.", "The mayor of Besanc\u0327on resigned.", "Besançon resigned", "text"],
    ["a curly apostrophe", "He said he won't run again.", "He said he won’t run again.", "he won't run again", "text"],
  ] as const)("re-anchors a claim whose words changed only by %s (case 3)", async (_, v1, v2, words, contentType) => {
    const article = await importBody(v1, [claim(words)]);
    const result = await editor.editing.reviseArticle({ articleId: article.articleId, content: v2, contentType });
    expect(["moved", "unchanged"]).toContain(result.claims[0]!.status);
    const stored = await database.db.claim.findUniqueOrThrow({
      where: { id: article.claims[0]!.id },
      select: {
        startOffset: true,
        endOffset: true,
        exact: true,
        anchorState: true,
        article: { select: { body: true } },
      },
    });
    expect(stored.anchorState).toBe("ANCHORED");
    expect(stored.article.body.slice(stored.startOffset, stored.endOffset)).toBe(stored.exact);
  });

  it("stores a revision sent with CRLF line endings as LF (case 7)", async () => {
    const article = await importBody("First line.\nSecond line says it.", [claim("Second line says it")]);
    const result = await editor.editing.reviseArticle({
      articleId: article.articleId,
      content: "\uFEFFFirst line, edited.\r\nSecond line says it.\r\n",
    });
    const { body } = await database.db.article.findUniqueOrThrow({
      where: { id: article.articleId },
      select: { body: true },
    });
    expect(body).toBe("First line, edited.\nSecond line says it.");
    expect(result.claims[0]).toMatchObject({ status: "moved", start: body.indexOf("Second") });
  });
});
