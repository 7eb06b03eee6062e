// Suggestions that know when their speaker is uncertain: the threshold turns a stated speaker
// into a question (the words the text uses, the names it might be), and never into no speaker.
import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract-claims";
import { ASK_BELOW, askUncertainSpeakers, scoreSpeakerFeatures } from "@/lib/extraction/speaker-confidence";
import { isSpeakerUnresolved, SuggestedClaimList } from "@/lib/extraction/suggested-claim";

const TEXT = [
  "Senator Tom Hale met Governor Ann Price and Mayor Bill Ortiz on Monday.",
  "He said that the bridge would be rebuilt by spring.",
  "",
  "“We will not wait,” Price said.",
].join("\n");

const said = (claims: ReturnType<typeof extractClaims>, words: string) => {
  const claim = claims.find((c) => c.text.includes(words));
  if (!claim) throw new Error(`no claim with ${words}`);
  return claim;
};

describe("speaker confidence", () => {
  it("gives every attributed suggestion a probability and states the speakers it is sure enough of", () => {
    const claims = extractClaims(TEXT);
    expect(SuggestedClaimList.safeParse(claims).success).toBe(true);
    const quote = said(claims, "We will not wait");
    expect(quote.speaker).toBe("Ann Price");
    expect(quote.speakerConfidence).toBeGreaterThanOrEqual(ASK_BELOW);
    for (const claim of claims.filter((c) => c.kind === "unattributed_fact")) {
      expect(claim.speakerConfidence).toBeUndefined();
      expect(isSpeakerUnresolved(claim)).toBe(false);
    }
  });

  it("asks, below the threshold, with the words the text uses and the candidates of that gender", () => {
    const raw = extractClaims(TEXT, { everySpeaker: true });
    expect(said(raw, "bridge").speaker).toBe("Tom Hale");
    const asked = askUncertainSpeakers(TEXT, raw, { askBelow: 1 });
    const bridge = said(asked, "bridge");
    expect(bridge.speaker).toBeNull();
    expect(bridge.kind).toBe("paraphrase");
    expect(bridge.cue).toBe("He said that");
    expect(bridge.speakerMention).toBe("He");
    // The extractor's reading first, then the men named before, latest first: never Ann Price.
    expect(bridge.speakerCandidates).toEqual(["Tom Hale", "Bill Ortiz"]);
    expect(bridge.chain).toEqual(["this article"]);
    expect(isSpeakerUnresolved(bridge)).toBe(true);
    expect(SuggestedClaimList.safeParse(asked).success).toBe(true);
  });

  it("states every speaker at threshold 0 and leaves the claims as they were", () => {
    const raw = extractClaims(TEXT, { everySpeaker: true });
    const kept = askUncertainSpeakers(TEXT, raw, { askBelow: 0 });
    expect(kept.map((c) => c.speaker)).toEqual(raw.map((c) => c.speaker));
  });

  it("scores with the learned weights: a speaker carried from elsewhere is less sure than one named at the cue", () => {
    const named = ["bias", "m=named", "k=direct_quote", "cue@<3", "last=<80", "rivals=<1"];
    const carried = ["bias", "m=none", "k=direct_quote", "cue@300+", "last=3000+", "rivals=3+"];
    expect(scoreSpeakerFeatures(named)).toBeGreaterThan(scoreSpeakerFeatures(carried));
    expect(scoreSpeakerFeatures([])).toBe(0.5);
  });

  it("asks who said words a cue gives to someone it cannot name, and never makes them the article's own fact", () => {
    const claims = extractClaims(
      [
        "The storm hit the coast overnight.",
        "",
        "“We lost everything,” he said.",
        "",
        "The council and the ministry met. It said the aid would arrive soon.",
      ].join("\n"),
    );
    expect(SuggestedClaimList.safeParse(claims).success).toBe(true);
    const quote = said(claims, "We lost everything");
    expect(quote).toMatchObject({ kind: "direct_quote", speaker: null, cue: "he said", speakerMention: "he" });
    expect(isSpeakerUnresolved(quote)).toBe(true);
    const aid = said(claims, "the aid would arrive soon");
    expect(aid).toMatchObject({ kind: "paraphrase", speaker: null, cue: "It said", speakerMention: "It" });
    expect(isSpeakerUnresolved(aid)).toBe(true);
    expect(said(claims, "The storm hit").kind).toBe("unattributed_fact");

    const budget = said(
      extractClaims("The minister met reporters on Monday. He said the budget would be balanced by 2027."),
      "the budget would be balanced",
    );
    expect(budget).toMatchObject({ kind: "paraphrase", speaker: null, cue: "He said", speakerMention: "He" });
  });

  it("does not take a time word before the pronoun for a speaker ('Later he told…')", () => {
    const claims = extractClaims(
      "Tom Hale met Bill Ortiz at the harbour. Later he told the Harbour Gazette that the bridge would be rebuilt by spring.",
    );
    const bridge = said(claims, "the bridge would be rebuilt");
    expect(bridge.speaker === null ? bridge.speakerCandidates : [bridge.speaker]).not.toContain("Later he");
    expect(bridge.chain).not.toContain("Later he");
    expect(bridge.speaker ?? bridge.speakerCandidates?.[0]).toMatch(/^(Tom Hale|Bill Ortiz)$/);
  });
});
