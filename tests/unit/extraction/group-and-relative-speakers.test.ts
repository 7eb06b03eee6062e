import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { findAntecedent } from "../../../lib/extraction/relative-antecedent.ts";
import { extractClaimAbout } from "./find-claim.ts";

describe("people around a person speak for themselves", () => {
  it.each([
    ["Senator Ann Roe spoke in Iowa.\nRoe’s aides say the campaign will not reply.", "will not reply", "Roe’s aides"],
    ["Senator Ann Roe spoke in Iowa.\nRoes’ aides say the campaign will not reply.", "will not reply", "Roes’ aides"],
    ["Senator Ann Roe spoke in Iowa.\nAides to Roe say she will not reply.", "will not reply", "Aides to Roe"],
    [
      "Senator Ann Roe won the caucus.\nRoe backers said the result proved the polls wrong.",
      "polls wrong",
      "Roe backers",
    ],
    [
      "Tom O’Neill is short of money.\nO’Neill’s campaign says it will move staff north.",
      "move staff",
      "O’Neill’s campaign",
    ],
    ["Tom Pike won again.\nThe Pike campaign said the count was fair.", "count was fair", "The Pike campaign"],
  ])("%s", (text, about, speaker) => {
    expect(extractClaimAbout(text, about).speaker).toBe(speaker);
  });

  it("still gives the named person for their own words", () => {
    const text = "Senator Ann Roe spoke in Iowa.\nRoe said the campaign will not reply.";
    expect(extractClaimAbout(text, "will not reply").speaker).toBe("Ann Roe");
  });
});

describe("a relative pronoun as speaker stands for the phrase before it", () => {
  const antecedent = (text: string, word: string) => {
    const found = findAntecedent(text, text.indexOf(word), 0);
    return found ? text.slice(found.start, found.end) : null;
  };

  it("takes the name before ', who'", () => {
    expect(antecedent("Former Gov. Tom Pike, who ended his bid, said so.", "who")).toBe("Former Gov. Tom Pike");
  });

  it("takes the noun phrase before a restrictive 'who', without its preposition", () => {
    expect(antecedent("Among those who want a change, most back Roe.", "who")).toBe("those");
  });

  it("starts after a reporting clause's 'that'", () => {
    expect(antecedent("The senator said that the bill, which passed, was bad.", "which")).toBe("the bill");
  });

  it("gives up on a long clause", () => {
    expect(
      antecedent("Because the long and winding road through the valley floods every single spring, which", "which"),
    ).toBeNull();
  });

  it("resolves the speaker of a labelled attribution with 'who' as its source", () => {
    const text =
      "Senator Ana Ruiz lost the vote.\nRuiz, who had backed the plan for years, called the result a setback for the state.";
    // The labeller's content may or may not run on to "for years"; the speaker is the point here.
    const claim = extractClaims(text).find((c) => c.text.startsWith("the plan"));
    expect(claim?.cue).toContain("backed");
    expect(claim?.speaker).toBe("Ana Ruiz");
  });
});
