// A suggestion whose speaker the extractor could not name with confidence, through the API: it is
// suggested as attributed to someone (the words the text uses, the names it might be), it cannot
// be accepted without a speaker nor as unattributed, and once the editor chooses a speaker the
// claim is saved with the chain starting from them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isSpeakerUnresolved, type SuggestedClaim } from "@/lib/extraction/suggested-claim";
import { type ClaimDraft, listDraftHops } from "@/lib/suggestions/claim-draft";
import { setSpeaker } from "@/lib/suggestions/edit-draft";
import { proposeClaimDraft } from "@/lib/suggestions/propose-claim-draft";
import type { Database } from "@/server/database/open-database";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { testEngines } from "../support/test-databases";

// A quotation that nothing before it attributes: somebody's words, not a fact of the article.
const BODY = [
  "Mayor Ann Price met union leader Carla Diaz and port director Tom Hale on Monday.",
  "“We will not sell the port.”",
].join("\n\n");

describe.each(testEngines())("accepting a suggestion whose speaker is asked on $name", (engine) => {
  let database: Database;
  let editor: ReturnType<typeof createCaller>;
  let articleId: string;
  let suggestion: SuggestedClaim;
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
    const workspace = await editor.workspaces.create({ name: "Port desk", slug: "port-desk" });
    articleId = (await editor.editing.createArticle({ workspaceId: workspace.id, title: "Port", content: BODY })).id;
    const suggestions = await editor.editing.suggestClaims({ articleId });
    suggestion = suggestions.find((s) => s.text.includes("We will not sell the port"))!;
    draft = proposeClaimDraft(suggestion);
  });
  afterAll(() => database.close());

  it("suggests the quotation as someone's words, asking who, with the people named before it", () => {
    expect(isSpeakerUnresolved(suggestion)).toBe(true);
    expect(suggestion).toMatchObject({ kind: "direct_quote", speaker: null, speakerMention: null });
    expect(suggestion.speakerCandidates).toEqual(["Tom Hale", "Carla Diaz", "Ann Price"]);
    expect(draft).toMatchObject({ kind: "DIRECT_QUOTE", speaker: null });
    expect(draft.speakerAsked?.candidates).toEqual(["Tom Hale", "Carla Diaz", "Ann Price"]);
  });

  it("refuses to accept it without a speaker, and refuses it as unattributed", async () => {
    await expect(editor.editing.acceptSuggestion({ articleId, draft, shownHops: [] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("choose the speaker before accepting"),
    });
    const unattributed = { ...draft, kind: "UNATTRIBUTED" as const };
    await expect(
      editor.editing.acceptSuggestion({ articleId, draft: unattributed, shownHops: [] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const claims = await database.db.claim.count({ where: { articleId } });
    expect(claims).toBe(0);
  });

  it("saves the claim from the speaker the editor chose, the chain starting from them", async () => {
    const chosen = setSpeaker(draft, { name: "Carla Diaz", type: "PERSON" });
    const shownHops = listDraftHops(chosen);
    expect(shownHops).toEqual([
      { from: "Carla Diaz", to: null, relation: "QUOTED_BY", firstHand: true, confidence: 0.9 },
    ]);
    const { id } = await editor.editing.acceptSuggestion({ articleId, draft: chosen, shownHops });
    const claim = await editor.sourcing.claim({ id });
    expect(claim).toMatchObject({ kind: "DIRECT_QUOTE", speaker: { name: "Carla Diaz" } });
  });
});
