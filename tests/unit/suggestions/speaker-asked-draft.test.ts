// A suggestion whose speaker is unresolved becomes a draft that is attributed to someone: it
// keeps its kind and relays, names no speaker, and cannot be accepted until one is chosen.
import { describe, expect, it } from "vitest";
import type { SuggestedClaim } from "@/lib/extraction/suggested-claim";
import { ClaimDraft, listDraftHops } from "@/lib/suggestions/claim-draft";
import { setSpeaker } from "@/lib/suggestions/edit-draft";
import { proposeClaimDraft } from "@/lib/suggestions/propose-claim-draft";

const asked: SuggestedClaim = {
  start: 10,
  end: 47,
  text: "the bridge would be rebuilt by spring",
  kind: "paraphrase",
  speaker: null,
  cue: "he told the Harbour Gazette that",
  indirect: true,
  sources: ["Harbour Gazette"],
  chain: ["Harbour Gazette", "this article"],
  speakerConfidence: 0.31,
  speakerMention: "he",
  speakerCandidates: ["Tom Hale", "Bill Ortiz"],
};

describe("a draft whose speaker the text leaves uncertain", () => {
  it("keeps the kind, the relay and the question, and is not an unattributed claim", () => {
    const draft = proposeClaimDraft(asked);
    expect(draft.kind).toBe("PARAPHRASE");
    expect(draft.speaker).toBeNull();
    expect(draft.speakerAsked).toEqual({ mention: "he", candidates: ["Tom Hale", "Bill Ortiz"] });
    expect(draft.steps).toEqual([[{ name: "Harbour Gazette", type: "OUTLET" }]]);
    expect(draft.indirect).toBe(true);
  });

  it("cannot be accepted without a speaker, nor as unattributed", () => {
    const draft = proposeClaimDraft(asked);
    const refused = ClaimDraft.safeParse(draft);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => i.message)).toContain(
      "who said this? the text attributes it to someone: choose the speaker before accepting",
    );
    expect(ClaimDraft.safeParse({ ...draft, kind: "UNATTRIBUTED", steps: [], indirect: false }).success).toBe(false);
  });

  it("starts the chain from the speaker the editor chooses", () => {
    const chosen = setSpeaker(proposeClaimDraft(asked), { name: "Bill Ortiz", type: "PERSON" });
    expect(ClaimDraft.safeParse(chosen).success).toBe(true);
    expect(listDraftHops(chosen).map((h) => [h.from, h.to])).toEqual([
      ["Bill Ortiz", "Harbour Gazette"],
      ["Harbour Gazette", null],
    ]);
  });
});
