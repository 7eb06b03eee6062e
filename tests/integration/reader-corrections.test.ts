// Readers are told what a correction changed: a version written while the article was published
// carries what it changed, dated by the version's recorded time; versions written while the
// article was a draft are no correction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { testEngines } from "../support/test-databases";

const BODY = "The port will close on Monday, the mayor said.\n\nCranes stand idle at the north quay.";
const FIXED = "The port will close on Tuesday, the mayor said.\n\nCranes stand idle at the north quay.";

describe.each(testEngines())("reader corrections on $name", (engine) => {
  let database: Database;
  let editor: ReturnType<typeof createCaller>;
  let reader: ReturnType<typeof createCaller>;
  let articleId: string;
  let slug: string;
  beforeAll(async () => {
    database = await engine.open();
    const user = await database.db.user.create({
      data: { email: "ed@example.org", name: "Ed" },
      select: { id: true, email: true, name: true },
    });
    editor = createCaller(
      createInnerContext({ db: database.db, session: { userId: user.id, email: user.email, name: user.name } }),
    );
    reader = createCaller(createInnerContext({ db: database.db }));
    const workspace = await editor.workspaces.create({ name: "Port desk", slug: "port-desk" });
    ({ id: articleId, slug } = await editor.editing.createArticle({
      workspaceId: workspace.id,
      title: "Port closes",
      content: BODY,
    }));
  });
  afterAll(() => database.close());

  it("counts no correction for a version written while the article was a draft", async () => {
    await editor.editing.reviseArticle({ articleId, content: `${BODY}\n\nA draft paragraph.`, expectedVersion: 1 });
    await editor.editing.reviseArticle({ articleId, content: BODY, expectedVersion: 2 });
    expect(await editor.articles.corrections({ slug })).toEqual({ corrections: [], total: 0 });
  });

  it("shows readers what a correction of the published article changed, dated when the version was recorded", async () => {
    await editor.editing.setArticleStatus({ articleId, status: "PUBLISHED" });
    expect(await reader.articles.corrections({ slug })).toEqual({ corrections: [], total: 0 });
    await editor.editing.reviseArticle({ articleId, content: FIXED, title: "Port closes Tuesday", expectedVersion: 3 });
    const recorded = await database.db.articleVersion.findFirstOrThrow({
      where: { articleId, version: 4 },
      select: { createdAt: true },
    });
    expect(await reader.articles.corrections({ slug })).toEqual({
      total: 1,
      corrections: [
        {
          version: 4,
          at: recorded.createdAt.toISOString(),
          edits: [
            {
              before: "port will close on Monday, the mayor said.",
              after: "port will close on Tuesday, the mayor said.",
            },
          ],
          more: 0,
          title: { before: "Port closes", after: "Port closes Tuesday" },
        },
      ],
    });
  });

  it("lists corrections newest first, and saving the same text again is none", async () => {
    await editor.editing.reviseArticle({ articleId, content: `${FIXED}\n\nUpdated at noon.` });
    await editor.editing.reviseArticle({ articleId, content: `${FIXED}\n\nUpdated at noon.` });
    const { corrections, total } = await reader.articles.corrections({ slug });
    expect(total).toBe(2);
    expect(corrections.map((correction) => correction.version)).toEqual([5, 4]);
    expect(corrections[0]).toMatchObject({ edits: [{ before: "", after: "Updated at noon." }], title: null });
  });
});
