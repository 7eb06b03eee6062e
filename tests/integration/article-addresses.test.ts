// An article's address tells nothing about other workspaces: every new article gets its title's
// words and a random key, so a title another workspace already uses (as a draft, say) gives an
// address of the same shape as a title nobody uses — no "-2" — and a draft's address cannot be
// guessed from its title. A draft's address answers outsiders as a missing one does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { createEditingFixture, type EditingFixture } from "../support/editing-fixtures";
import { testEngines } from "../support/test-databases";

const ADDRESS = /^ministers-meet-in-secret-[a-z2-9]{8}$/;

describe.each(testEngines())("article addresses, on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;
  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
  });
  afterAll(() => database?.close());

  it("gives a title another workspace uses as a draft an address of the same shape as a new title", async () => {
    const draft = await fx.callers.editor.editing.createArticle({
      workspaceId: fx.workspace.id,
      title: "Ministers meet in secret",
      content: "Ministers met in secret.",
    });
    const probe = await fx.callers.outsider.editing.createArticle({
      workspaceId: fx.otherWorkspace.id,
      title: "Ministers meet in secret",
      content: "Ministers met in secret.",
    });
    expect(draft.slug).toMatch(ADDRESS);
    expect(probe.slug).toMatch(ADDRESS);
    expect(probe.slug).not.toBe(draft.slug);

    // The draft's own address, and the one its title alone would give, answer like an unknown one.
    for (const slug of [draft.slug, "ministers-meet-in-secret", "ministers-meet-in-secret-2"]) {
      await expect(fx.callers.outsider.articles.bySlug({ slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(fx.callers.anonymous.articles.bySlug({ slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await fx.callers.viewer.articles.bySlug({ slug: draft.slug })).title).toBe("Ministers meet in secret");
  });
});
