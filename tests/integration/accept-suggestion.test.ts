// Issue 11, examples 1 and 2, through the API: an accepted suggestion is saved exactly as the
// editor saw it, its defaults never add corroboration, "indirect" unticked is honoured, and a
// denial is recorded and worded as a denial.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatW3cAnnotations } from "@/lib/annotation/format-w3c";
import { analyzeDraft } from "@/lib/suggestions/analyze-draft";
import { type ClaimDraft, listDraftHops } from "@/lib/suggestions/claim-draft";
import { moveSource, setIndirect } from "@/lib/suggestions/edit-draft";
import { proposeClaimDraft } from "@/lib/suggestions/propose-claim-draft";
import { stateClaim } from "@/lib/words/claim-statement";
import type { Database } from "@/server/database/open-database";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { testEngines } from "../support/test-databases";

const BODY = [
  "Meridian's chief executive, Paul Okafor, told the Harbour Gazette that the company had been warned about crane maintenance, as reported by the Coastal Herald and Maritime Daily on Wednesday. Okafor said the company would cooperate fully with the review.",
  "Meridian denied that any crane had been operated unsafely.",
].join("\n\n");

describe.each(testEngines())("accepting a suggestion on $name", (engine) => {
  let database: Database;
  let editor: ReturnType<typeof createCaller>;
  let articleId: string;
  let drafts: ClaimDraft[];
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
    articleId = (await editor.editing.createArticle({ workspaceId: workspace.id, title: "Cranes", content: BODY })).id;
    drafts = (await editor.editing.suggestClaims({ articleId })).map(proposeClaimDraft);
  });
  afterAll(() => database.close());

  const find = (words: string) => drafts.find((draft) => draft.text.includes(words))!;
  const accept = async (draft: ClaimDraft) => {
    const shownHops = listDraftHops(draft);
    const { id } = await editor.editing.acceptSuggestion({ articleId, draft, shownHops });
    return { claim: await editor.sourcing.claim({ id }), shownHops };
  };
  const savedHops = (claim: Awaited<ReturnType<typeof editor.sourcing.claim>>) =>
    [...claim.hops]
      .sort((a, b) => a.position - b.position)
      .map((hop) => ({
        from: hop.from.name,
        to: hop.to?.name ?? null,
        relation: hop.relation,
        firstHand: hop.firstHand,
        confidence: hop.confidence,
      }));

  it("proposes a chain that never shows more corroboration than one line of sourcing", () => {
    const warned = find("warned about crane maintenance");
    expect(warned.speaker?.name).toBe("Paul Okafor");
    expect(analyzeDraft(warned).independentPaths).toBeLessThanOrEqual(1);
    // No first-hand parallel hops from the speaker that the text does not state.
    expect(listDraftHops(warned).filter((hop) => hop.from === "Paul Okafor").length).toBeLessThanOrEqual(1);
  });

  it("saves the chain the editor shaped, Okafor → Harbour Gazette → Coastal Herald / Maritime Daily, exactly as shown", async () => {
    let draft = find("warned about crane maintenance");
    for (const name of ["Harbour Gazette", "Coastal Herald", "Maritime Daily"])
      draft = moveSource(draft, name, "unplaced");
    draft = moveSource(draft, "Harbour Gazette", 0);
    draft = moveSource(draft, "Coastal Herald", 1);
    draft = moveSource(draft, "Maritime Daily", 1);
    const { claim, shownHops } = await accept(draft);
    expect(savedHops(claim)).toEqual(shownHops);
    expect(shownHops).toEqual([
      { from: "Paul Okafor", to: "Harbour Gazette", relation: "SAID_TO", firstHand: true, confidence: 0.9 },
      { from: "Harbour Gazette", to: "Coastal Herald", relation: "REPORTED_BY", firstHand: false, confidence: 0.75 },
      { from: "Harbour Gazette", to: "Maritime Daily", relation: "REPORTED_BY", firstHand: false, confidence: 0.75 },
      { from: "Coastal Herald", to: null, relation: "PARAPHRASED_BY", firstHand: false, confidence: 0.75 },
      { from: "Maritime Daily", to: null, relation: "PARAPHRASED_BY", firstHand: false, confidence: 0.75 },
    ]);
    expect(claim.provenance).toMatchObject({ directness: "indirect", independentPaths: 1, hopsToOrigin: 3 });
    expect(claim.provenance.summary).not.toMatch(/independently corroborated by/);
    // The outlets pass the Gazette's report on: second-hand, an outlet's-report value each.
    expect(claim.provenance.confidence).toBeCloseTo(0.9 * 0.75 * 0.75, 5);
  });

  it("honours 'indirect' unticked: Okafor told this article himself, one first-hand hop", async () => {
    const draft = setIndirect(find("cooperate fully with the review"), false);
    const { claim, shownHops } = await accept(draft);
    expect(savedHops(claim)).toEqual(shownHops);
    expect(shownHops).toEqual([
      { from: "Paul Okafor", to: null, relation: "PARAPHRASED_BY", firstHand: true, confidence: 0.9 },
    ]);
    expect(claim.provenance).toMatchObject({ directness: "direct", independentPaths: 1 });
  });

  it("records a denial as a denial and words it so (issue 11, example 2)", async () => {
    const draft = find("any crane had been operated unsafely");
    expect(draft.stance).toBe("DENIES");
    const { claim } = await accept({ ...draft, status: "DENIED" });
    expect(claim).toMatchObject({ stance: "DENIES", status: "DENIED", speaker: { name: "Meridian" } });
    expect(stateClaim({ ...claim, speakerName: claim.speaker?.name ?? null }).text).toBe(
      "Meridian denied that any crane had been operated unsafely.",
    );
    // The W3C Web Annotation export states the denial before its sourcing, never the words alone.
    const w3c = JSON.parse(
      formatW3cAnnotations(await editor.sourcing.article({ id: articleId }), { baseUrl: "https://claims.example.org" }),
    ) as { first: { items: Array<{ body: { value: string }; target: { selector: Array<{ exact?: string }> } }> } };
    const annotation = w3c.first.items.find((item) => item.target.selector[0]!.exact === claim.quote)!;
    expect(annotation.body.value).toBe(
      `Meridian denied that any crane had been operated unsafely. ${claim.provenance.summary}`,
    );
  });

  it("refuses to save hops the editor was not shown", async () => {
    const draft = find("warned about crane maintenance");
    const shownHops = listDraftHops(draft).map((hop) => ({ ...hop, firstHand: true, confidence: 0.9 }));
    await expect(editor.editing.acceptSuggestion({ articleId, draft, shownHops })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("not the chain this suggestion would save"),
    });
  });
});
