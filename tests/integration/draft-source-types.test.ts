// Issue 11: an accepted suggestion saves each source with the type the editor was shown (and
// could change), and a name that reads like nothing is saved as type not recorded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ClaimDraft, listDraftHops } from "@/lib/suggestions/claim-draft";
import { setSourceType } from "@/lib/suggestions/edit-draft";
import { proposeClaimDraft } from "@/lib/suggestions/propose-claim-draft";
import type { Database } from "@/server/database/open-database";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { testEngines } from "../support/test-databases";

const BODY = "The mayor told Der Standard that the bridge would close, the Coastal Herald reported.";

describe.each(testEngines())("a draft's source types through the API on $name", (engine) => {
  let database: Database;
  let editor: ReturnType<typeof createCaller>;
  let articleId: string;
  let draft: ClaimDraft;
  beforeAll(async () => {
    database = await engine.open();
    const user = await database.db.user.create({
      data: { email: "ed@example.org", name: "Ed" },
      select: { id: true, email: true, name: true },
    });
    editor = createCaller(
      createInnerContext({ db: database.db, session: { userId: user.id, email: user.email, name: user.name } }),
    );
    const workspace = await editor.workspaces.create({ name: "City desk", slug: "city-desk" });
    articleId = (await editor.editing.createArticle({ workspaceId: workspace.id, title: "Bridge", content: BODY })).id;
    const suggestions = await editor.editing.suggestClaims({ articleId });
    draft = proposeClaimDraft(suggestions.find((s) => s.text.includes("the bridge would close"))!);
  });
  afterAll(() => database.close());

  it("proposes Der Standard untyped and the Coastal Herald as an outlet", () => {
    expect(draft.speaker).toEqual({ name: "The mayor", type: "UNKNOWN" });
    expect(draft.steps.flat()).toEqual([
      { name: "Der Standard", type: "UNKNOWN" },
      { name: "Coastal Herald", type: "OUTLET" },
    ]);
  });

  it("saves the types and hops the editor was shown after changing one", async () => {
    const shaped = setSourceType(draft, "Der Standard", "OUTLET");
    const shownHops = listDraftHops(shaped);
    const { id } = await editor.editing.acceptSuggestion({ articleId, draft: shaped, shownHops });
    const claim = await editor.sourcing.claim({ id });
    const types = Object.fromEntries(
      claim.hops.flatMap((hop) => [hop.from, ...(hop.to ? [hop.to] : [])]).map((s) => [s.name, s.type]),
    );
    expect(types).toEqual({ "The mayor": "UNKNOWN", "Der Standard": "OUTLET", "Coastal Herald": "OUTLET" });
    expect(
      [...claim.hops].sort((a, b) => a.position - b.position).map((hop) => [hop.firstHand, hop.confidence]),
    ).toEqual([
      [true, 0.9],
      [false, 0.75],
      [false, 0.75],
    ]);
    expect(claim.provenance.directness).toBe("indirect");
  });

  it("refuses hops that do not follow the types sent (the editor saw other ones)", async () => {
    const shaped = setSourceType(draft, "Der Standard", "UNKNOWN");
    const shownHops = listDraftHops(setSourceType(draft, "Der Standard", "OUTLET"));
    await expect(editor.editing.acceptSuggestion({ articleId, draft: shaped, shownHops })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
