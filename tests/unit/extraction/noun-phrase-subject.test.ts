// A cue the labeller found without a source takes the noun phrase right before it as the
// speaker, as written, when the words there are one (docs/EXTRACTION.md, "The learned
// labeller"). Sentences are our own.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { findNounPhraseBeforeCue } from "../../../lib/extraction/noun-phrase-before-cue.ts";
import { tokenizeText } from "../../../lib/extraction/tokenize-text.ts";
import { findClaimAbout } from "./find-claim.ts";

// The noun phrase before the cue word `cue`, as text, or null.
function phraseBefore(text: string, cue: string): string | null {
  const tokens = tokenizeText(text);
  const first = tokens.findIndex((t) => t.start === text.indexOf(cue));
  const found = findNounPhraseBeforeCue(tokens, first);
  return found ? text.slice(tokens[found.first]?.start, tokens[found.last]?.end) : null;
}

describe("the noun phrase before a cue", () => {
  it("runs over quantities, prepositions and 'and' to the sentence's start", () => {
    expect(phraseBefore("More than half of the delegates backed the plan.", "backed")).toBe(
      "More than half of the delegates",
    );
    expect(phraseBefore("Local fishermen and shop owners fear that the pier will block the harbour.", "fear")).toBe(
      "Local fishermen and shop owners",
    );
  });

  it("leaves out the conjunction opening its clause", () => {
    expect(phraseBefore("The vote was close, but most harbour pilots oppose the new fees.", "oppose")).toBe(
      "most harbour pilots",
    );
  });

  it("is no verb's object", () => {
    expect(
      phraseBefore("The mayor was making a fresh pitch to the ferry crews refusing the offer.", "refusing"),
    ).toBeNull();
  });

  it("is no opening phrase of place or time", () => {
    expect(phraseBefore("After the meeting officials backed the plan.", "backed")).toBeNull();
  });

  it("ends in a noun right before the cue", () => {
    expect(phraseBefore("The pilots quite simply oppose the fees.", "oppose")).toBeNull();
  });

  it("holds quantities the tagger reads as adverbs", () => {
    expect(phraseBefore("The vote was close. And most harbour pilots on the east pier doubt it.", "doubt")).toBe(
      "most harbour pilots on the east pier",
    );
  });

  it("opens after a subordinator", () => {
    expect(phraseBefore("The plan was popular in May, when younger voters were backing it.", "were")).toBe(
      "younger voters",
    );
    expect(phraseBefore("The fees rose as a number of skippers predicted they would.", "predicted")).toBe(
      "a number of skippers",
    );
  });

  it("stands before an aside set off by commas", () => {
    expect(phraseBefore("Two former harbour masters, both retired for a decade, warned of silt.", "warned")).toBe(
      "Two former harbour masters",
    );
    expect(phraseBefore("The pilots, quite simply, oppose the fees.", "oppose")).toBe("The pilots");
    expect(
      phraseBefore("Ann and Peter Lowe, the couple whose boat sank last spring, say they felt ignored.", "say"),
    ).toBe("Ann and Peter Lowe");
  });

  it("is not read past a clause of its own between commas", () => {
    expect(
      phraseBefore(
        "The mayor's deputy, Ruth, angrily rejected the plan at the meeting, calling it reckless.",
        "calling",
      ),
    ).toBeNull();
  });
});

describe("a labelled cue without a source", () => {
  it("is said by the whole noun phrase, not its first capitalised word", () => {
    const text = "Turnout was high. More than half of the delegates backed the plan to widen the coast road.";
    const claim = findClaimAbout(extractClaims(text, { everySpeaker: true }), "the plan to widen the coast road");
    expect(claim.speaker).toBe("More than half of the delegates");
  });

  it("is said by the phrase before an aside", () => {
    const text =
      "The board met again. Two past surveys, over a decade apart, suggest both the costs the town faces and the choices it must make.";
    const claim = findClaimAbout(extractClaims(text, { everySpeaker: true }), "the choices it must make");
    expect(claim.speaker).toBe("Two past surveys");
    const port = "The port, like the airport, wants to end the night curfew.";
    expect(findClaimAbout(extractClaims(port, { everySpeaker: true }), "to end the night curfew").speaker).toBe(
      "The port",
    );
  });

  it("is read past a connective opening the sentence", () => {
    const text =
      "The vote was close. And most ferry pilots on the east pier don’t foresee a deal that can end the strike.";
    const claim = findClaimAbout(extractClaims(text, { everySpeaker: true }), "a deal that can end the strike");
    expect(claim.speaker).toBe("most ferry pilots on the east pier");
  });

  it("keeps a group of people as written", () => {
    const text =
      "The mayor spoke for an hour. Local fishermen and shop owners fear that the new pier will block the harbour.";
    const claim = findClaimAbout(extractClaims(text, { everySpeaker: true }), "the new pier will block the harbour");
    expect(claim.speaker).toBe("Local fishermen and shop owners");
  });
});
