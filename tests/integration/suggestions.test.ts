// "Suggest claims" on a real database: suggestions create nothing until accepted; an accepted
// suggestion becomes a claim with exactly the chain the editor was shown, and reuses the
// workspace's sources.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type ClaimDraft, listDraftHops } from "@/lib/suggestions/claim-draft";
import { proposeClaimDraft } from "@/lib/suggestions/propose-claim-draft";
import type { Database } from "@/server/database/open-database";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { holdSuggestionLane } from "../support/hold-suggestion-lane";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const seedText = fs.readFileSync(path.join(repoRoot, "prisma", "seed", "article.txt"), "utf8");
const accepting = (draft: ClaimDraft) => ({ draft, shownHops: listDraftHops(draft) });

describe.each(testEngines())("claim suggestions on $name", (engine) => {
  let database: Database;
  let editor: ReturnType<typeof createCaller>;
  let articleId: string;
  beforeAll(async () => {
    database = await engine.open();
    const user = await database.db.user.create({
      data: { email: "ed@example.org", name: "Ed" },
      select: { id: true, email: true, name: true },
    });
    editor = createCaller(
      createInnerContext({ db: database.db, session: { userId: user.id, email: user.email, name: user.name } }),
    );
    const workspace = await editor.workspaces.create({ name: "Desk", slug: "desk" });
    articleId = (
      await editor.editing.createArticle({ workspaceId: workspace.id, title: "Macron on troops", content: seedText })
    ).id;
  });
  afterAll(() => database.close());

  it("runs one suggestion per user at a time: a second at once is TOO_MANY_REQUESTS", async () => {
    // The first suggestion is held in flight (queued behind the held lane) while the second is asked.
    const lane = holdSuggestionLane();
    const first = editor.editing.suggestClaims({ articleId });
    try {
      await vi.waitFor(() => expect(lane.waiting()).toBe(1), { timeout: 30_000 });
      await expect(editor.editing.suggestClaims({ articleId })).rejects.toMatchObject({
        code: "TOO_MANY_REQUESTS",
        message: expect.stringContaining("still running"),
      });
    } finally {
      await lane.release();
    }
    expect((await first).length).toBeGreaterThanOrEqual(15);
    expect((await editor.editing.suggestClaims({ articleId })).length).toBeGreaterThanOrEqual(15);
  });

  it("suggests the article's claims without creating anything", async () => {
    const suggestions = await editor.editing.suggestClaims({ articleId });
    expect(suggestions.length).toBeGreaterThanOrEqual(15);
    expect(await database.db.claim.count()).toBe(0);
    const troops = suggestions.find((s) => s.text.includes("several thousand troops"))!;
    expect(troops).toMatchObject({ speaker: expect.stringContaining("Macron"), indirect: true });
    expect(troops.sources).toEqual(expect.arrayContaining(["La Dépêche du Midi", "Le Parisien"]));
  });

  it("accepting one creates the claim with its chain, judged indirect, and it is no longer suggested", async () => {
    const suggestions = await editor.editing.suggestClaims({ articleId });
    const troops = suggestions.find((s) => s.text.includes("several thousand troops"))!;
    const created = await editor.editing.acceptSuggestion({ articleId, ...accepting(proposeClaimDraft(troops)) });
    const claim = await editor.sourcing.claim({ id: created.id });
    expect(claim.quote).toBe(troops.text);
    expect(claim.provenance.directness).toBe("indirect");
    expect(claim.hops.map((hop) => hop.from.name)).toEqual(
      expect.arrayContaining(["La Dépêche du Midi", "Le Parisien"]),
    );
    expect((await editor.editing.suggestClaims({ articleId })).some((s) => s.start === troops.start)).toBe(false);
    expect(
      await database.db.auditEvent.count({ where: { action: "claim.accept_suggestion", entityId: created.id } }),
    ).toBe(1);
  });

  it("reuses the workspace's sources instead of duplicating them", async () => {
    const suggestions = await editor.editing.suggestClaims({ articleId });
    const another = suggestions.find((s) => s.sources.includes("Le Parisien"))!;
    await editor.editing.acceptSuggestion({ articleId, ...accepting(proposeClaimDraft(another)) });
    expect(await database.db.source.count({ where: { name: "Le Parisien" } })).toBe(1);
  });

  it("resolves a name through the workspace's aliases instead of creating a duplicate", async () => {
    const depeche = await database.db.source.findFirstOrThrow({
      where: { name: "La Dépêche du Midi" },
      select: { id: true },
    });
    await editor.sourceRecords.addAlias({ sourceId: depeche.id, name: "The Toulouse daily" });
    const [suggestion] = (await editor.editing.suggestClaims({ articleId })).filter((s) => s.speaker);
    const sourcesBefore = await database.db.source.count();
    const speakerIsNew = (await database.db.source.count({ where: { name: suggestion!.speaker! } })) === 0;
    const draft = proposeClaimDraft(suggestion!);
    const created = await editor.editing.acceptSuggestion({
      articleId,
      ...accepting({
        ...draft,
        indirect: true,
        unplaced: [],
        steps: [[{ name: "The Toulouse daily", type: "OUTLET" }]],
      }),
    });
    expect(await database.db.source.count()).toBe(sourcesBefore + (speakerIsNew ? 1 : 0));
    const claim = await editor.sourcing.claim({ id: created.id });
    expect(claim.hops.some((hop) => hop.from.id === depeche.id || hop.to?.id === depeche.id)).toBe(true);
  });

  it("refuses a suggestion whose span no longer matches the text", async () => {
    const [first] = await editor.editing.suggestClaims({ articleId });
    await expect(
      editor.editing.acceptSuggestion({
        articleId,
        ...accepting({ ...proposeClaimDraft(first!), start: first!.start + 1, end: first!.end + 1 }),
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
