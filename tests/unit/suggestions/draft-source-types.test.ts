// Issue 11: a draft's source types are proposals the editor sees and changes, never raised by a
// name. A relay whose type is not recorded passes the claim on second-hand and unverified (as a
// new hop in the editor does), and being named in the text does not make a source an outlet.
import { describe, expect, it } from "vitest";
import type { SuggestedClaim } from "@/lib/extraction/suggested-claim";
import { analyzeDraft } from "@/lib/suggestions/analyze-draft";
import { listDraftHops } from "@/lib/suggestions/claim-draft";
import { setSourceType } from "@/lib/suggestions/edit-draft";
import { proposeClaimDraft } from "@/lib/suggestions/propose-claim-draft";

const BODY = "The mayor told Der Standard that the bridge would close, the Coastal Herald reported.";
const suggestion = (fields: Partial<SuggestedClaim>): SuggestedClaim => {
  const text = "the bridge would close";
  const start = BODY.indexOf(text);
  return {
    start,
    end: start + text.length,
    text,
    kind: "paraphrase",
    speaker: "The mayor",
    cue: "told",
    indirect: true,
    sources: ["Coastal Herald", "Der Standard"],
    chain: ["The mayor", "Der Standard", "Coastal Herald", "this article"],
    ...fields,
  };
};
const hops = (draft: ReturnType<typeof proposeClaimDraft>) =>
  listDraftHops(draft).map(({ from, to, relation, firstHand, confidence }) => [
    from,
    to,
    relation,
    firstHand,
    confidence,
  ]);

describe("a draft's source types", () => {
  it("proposes what names read like, and type not recorded for a name that reads like nothing", () => {
    const draft = proposeClaimDraft(suggestion({}));
    expect(draft.speaker).toEqual({ name: "The mayor", type: "UNKNOWN" });
    expect(draft.steps).toEqual([
      [{ name: "Der Standard", type: "UNKNOWN" }],
      [{ name: "Coastal Herald", type: "OUTLET" }],
    ]);
  });

  it("has a relay of unrecorded type pass the claim on second-hand at 0.5, never first-hand", () => {
    expect(hops(proposeClaimDraft(suggestion({})))).toEqual([
      ["The mayor", "Der Standard", "SAID_TO", true, 0.9],
      ["Der Standard", "Coastal Herald", "REPORTED_BY", false, 0.5],
      ["Coastal Herald", null, "PARAPHRASED_BY", false, 0.75],
    ]);
  });

  it("follows the type the editor records: an outlet passes its report on at 0.75", () => {
    const draft = setSourceType(proposeClaimDraft(suggestion({})), "Der Standard", "OUTLET");
    expect(draft.steps[0]).toEqual([{ name: "Der Standard", type: "OUTLET" }]);
    expect(hops(draft)[1]).toEqual(["Der Standard", "Coastal Herald", "REPORTED_BY", false, 0.75]);
  });

  it("lowers, never raises, when the editor unsets a guessed outlet's type", () => {
    const draft = setSourceType(proposeClaimDraft(suggestion({})), "Coastal Herald", "UNKNOWN");
    expect(hops(draft)[2]).toEqual(["Coastal Herald", null, "PARAPHRASED_BY", false, 0.5]);
    expect(analyzeDraft(draft).confidence).toBeLessThan(analyzeDraft(proposeClaimDraft(suggestion({}))).confidence);
  });

  it("does not call a document the text names an outlet", () => {
    const draft = proposeClaimDraft(
      suggestion({
        sources: ["an internal report"],
        chain: ["The mayor", "an internal report", "this article"],
      }),
    );
    expect(draft.steps).toEqual([[{ name: "an internal report", type: "DOCUMENT" }]]);
    // Shown as a document the editor can change; the article still had it second-hand: not direct.
    expect(analyzeDraft(draft).directness).toBe("indirect");
  });

  it("retypes a source named but not placed, and nothing else", () => {
    const draft = proposeClaimDraft(
      suggestion({ chain: ["The mayor", "this article"], indirect: false, sources: ["Der Standard"] }),
    );
    expect(draft.unplaced).toEqual([{ name: "Der Standard", type: "UNKNOWN" }]);
    const retyped = setSourceType(draft, "Der Standard", "OUTLET");
    expect(retyped.unplaced).toEqual([{ name: "Der Standard", type: "OUTLET" }]);
    expect(retyped.speaker).toEqual(draft.speaker);
    expect(hops(retyped)).toEqual(hops(draft));
  });
});
