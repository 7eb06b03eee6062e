// Issue 11, example 1 and "No default ever raises independence": the draft proposed for a
// suggestion follows the text (speaker → outlet told → outlets that reported it → this article),
// and for any suggestion the extractor could make, the proposed chain has at most one
// independent line of sourcing, at most one hop from the speaker, and no confidence above the
// rubric's first-hand value.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract-claims";
import type { SuggestedClaim } from "@/lib/extraction/suggested-claim";
import { analyzeDraft } from "@/lib/suggestions/analyze-draft";
import { listDraftHops } from "@/lib/suggestions/claim-draft";
import { setIndirect } from "@/lib/suggestions/edit-draft";
import { proposeClaimDraft } from "@/lib/suggestions/propose-claim-draft";

const BODY = [
  "Meridian's chief executive, Paul Okafor, told the Harbour Gazette that the company had been warned about crane maintenance, as reported by the Coastal Herald and Maritime Daily on Wednesday. Okafor said the company would cooperate fully with the review.",
  "Meridian denied that any crane had been operated unsafely.",
].join("\n\n");

describe("the draft proposed for a suggestion", () => {
  const drafts = extractClaims(BODY).map(proposeClaimDraft);
  const find = (words: string) => drafts.find((draft) => draft.text.includes(words))!;

  it("chains Okafor → Harbour Gazette → Coastal Herald / Maritime Daily → this article, one line of sourcing (example 1)", () => {
    const warned = find("warned about crane maintenance");
    expect(listDraftHops(warned)).toEqual([
      { from: "Paul Okafor", to: "Harbour Gazette", relation: "SAID_TO", firstHand: true, confidence: 0.9 },
      { from: "Harbour Gazette", to: "Coastal Herald", relation: "REPORTED_BY", firstHand: false, confidence: 0.75 },
      { from: "Harbour Gazette", to: "Maritime Daily", relation: "REPORTED_BY", firstHand: false, confidence: 0.75 },
      { from: "Coastal Herald", to: null, relation: "PARAPHRASED_BY", firstHand: false, confidence: 0.75 },
      { from: "Maritime Daily", to: null, relation: "PARAPHRASED_BY", firstHand: false, confidence: 0.75 },
    ]);
    expect(analyzeDraft(warned)).toMatchObject({ directness: "indirect", independentPaths: 1, hopsToOrigin: 3 });
    expect(analyzeDraft(warned).confidence).toBeCloseTo(0.9 * 0.75 * 0.75, 5);
    expect(analyzeDraft(warned).summary).not.toMatch(/independently corroborated by/);
  });

  it("proposes 'Okafor said …' as heard by this article itself, and the denial as a denial", () => {
    expect(listDraftHops(find("cooperate fully"))).toEqual([
      { from: "Paul Okafor", to: null, relation: "PARAPHRASED_BY", firstHand: true, confidence: 0.9 },
    ]);
    expect(find("operated unsafely")).toMatchObject({
      stance: "DENIES",
      status: "ASSERTED",
      speaker: { name: "Meridian" },
    });
  });
});

const NAMES = ["Paul Okafor", "Harbour Gazette", "Coastal Herald", "Maritime Daily", "an internal report", "Ann Jones"];
const arbitrarySuggestion: fc.Arbitrary<SuggestedClaim> = fc
  .record({
    speaker: fc.option(fc.constantFrom(...NAMES), { nil: null }),
    steps: fc.array(fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }), { maxLength: 4 }),
    indirect: fc.boolean(),
    kind: fc.constantFrom("direct_quote", "paraphrase", "unattributed_fact" as const),
    sources: fc.uniqueArray(fc.constantFrom(...NAMES), { maxLength: 4 }),
  })
  .map(({ speaker, steps, indirect, kind, sources }) => {
    // One name once in the chain, as the extractor writes it.
    const seen = new Set(speaker ? [speaker] : []);
    const relays = steps
      .map((step) =>
        step.filter((name) => {
          if (seen.has(name)) return false;
          seen.add(name);
          return true;
        }),
      )
      .filter((step) => step.length > 0);
    return {
      start: 0,
      end: 5,
      text: "words",
      kind,
      speaker,
      cue: null,
      indirect,
      sources,
      chain: [...(speaker ? [speaker] : []), ...relays.map((step) => step.join(" / ")), "this article"],
    };
  });

describe("no default raises independence", () => {
  it("holds for any suggestion: one line of sourcing at most, one hop from the speaker, nothing above first-hand", () => {
    fc.assert(
      fc.property(arbitrarySuggestion, (suggestion) => {
        const draft = proposeClaimDraft(suggestion);
        const hops = listDraftHops(draft);
        const figures = analyzeDraft(draft);
        expect(figures.independentPaths).toBeLessThanOrEqual(1);
        expect(figures.summary).not.toMatch(/independently corroborated by/);
        expect(hops.filter((hop) => hop.from === draft.speaker?.name).length).toBeLessThanOrEqual(1);
        for (const hop of hops) expect(hop.confidence).toBeLessThanOrEqual(0.9);
        // Unticking "indirect": the speaker told this article itself, one first-hand hop.
        const told = listDraftHops(setIndirect(draft, false));
        if (draft.speaker)
          expect(told).toEqual([expect.objectContaining({ from: draft.speaker.name, to: null, firstHand: true })]);
        else expect(told).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
