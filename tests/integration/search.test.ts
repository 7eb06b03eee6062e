// Search reads stored, generated tsvectors (kept current by every write), returns at most
// MAX_SEARCH_HITS hits, and shows a source to outsiders only through a published claim using it
// — by its name, never its notes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { MAX_SEARCH_HITS } from "@/server/services/search/search-everything";
import { createEditingFixture, type EditingFixture } from "../support/editing-fixtures";
import { createRelayArticle } from "../support/factories";
import { testEngines } from "../support/test-databases";

describe.each(testEngines())("search, on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;

  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
  });
  afterAll(() => database?.close());

  it("keeps the stored vectors current: a claim is found by a cue written after it was made", async () => {
    const before = await fx.callers.editor.search.query({ query: "zanzibar", workspaceId: fx.workspace.id });
    expect(before).toEqual([]);
    await fx.callers.editor.editing.updateClaim({
      claimId: fx.claim.id,
      version: await fx.claimVersion(fx.claim.id),
      cue: "as Zanzibar radio put it",
    });
    const after = await fx.callers.editor.search.query({ query: "zanzibar", workspaceId: fx.workspace.id });
    expect(after).toEqual([expect.objectContaining({ kind: "claim", id: fx.claim.id, articleSlug: fx.article.slug })]);
  });

  it("finds a source by its name and never by its notes, and shows no notes in the snippet", async () => {
    const { source } = await fx.callers.editor.sources.findOrCreate({
      workspaceId: fx.workspace.id,
      name: "Quillfeather Gazette",
      type: "OUTLET",
      notes: "our contact there is Jonquil Abernathy",
    });
    const byName = await fx.callers.editor.search.query({ query: "Quillfeather" });
    expect(byName).toEqual([
      expect.objectContaining({
        kind: "source",
        id: source.id,
        title: "Quillfeather Gazette",
        snippet: "Quillfeather Gazette",
      }),
    ]);
    expect(await fx.callers.editor.search.query({ query: "Jonquil Abernathy" })).toEqual([]);
    // Outsiders do not see a source no published claim uses.
    expect(await fx.callers.outsider.search.query({ query: "Quillfeather" })).toEqual([]);
    expect(await fx.callers.anonymous.search.query({ query: "Quillfeather" })).toEqual([]);
  });

  it(`returns at most ${MAX_SEARCH_HITS} hits for a word in hundreds of published claims`, async () => {
    await createRelayArticle(fx.db, fx.otherWorkspace.id, { title: "Statements", claimCount: 300, outletsPerClaim: 1 });
    const hits = await fx.callers.anonymous.search.query({ query: "statement" });
    expect(hits).toHaveLength(MAX_SEARCH_HITS);
    expect(hits.every((hit) => hit.kind === "claim")).toBe(true);
    expect(hits.map((hit) => hit.rank)).toEqual([...hits.map((hit) => hit.rank)].sort((a, b) => b - a));
    // Outsiders find the published relays' speakers by name: they are used by published claims.
    expect(await fx.callers.anonymous.search.query({ query: "Speaker 3" })).toContainEqual(
      expect.objectContaining({ kind: "source", title: "Speaker 3" }),
    );
  });
});
