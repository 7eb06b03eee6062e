// A paraphrase interrupted by its attribution ("In her district, Roe said, most ferries…") is one
// claim, from its first word to its last, as PolNeAR annotates it (docs/EXTRACTION.md, "How it
// works", step 3); a clause about the saying after the attribution is not part of it.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";

const attributed = (text: string) =>
  extractClaims(text, { everySpeaker: true })
    .filter((c) => c.speaker !== null)
    .map((c) => [c.text, c.speaker]);

describe("a paraphrase interrupted by its attribution", () => {
  it("is one claim when the sentence goes on after the attribution", () => {
    const text =
      "Harbour director Jane Roe toured the docks on Monday. In her district, Roe said, most small ferries are sent to the northern docks.";
    expect(attributed(text)).toEqual([
      ["In her district, Roe said, most small ferries are sent to the northern docks", "Jane Roe"],
    ]);
  });

  it("is one claim with a pronoun as the speaker, whose own words are no trailing cue", () => {
    const text = "Jane Roe said the port was busy. Loyalty, she said, has long been a core value of the harbour board.";
    expect(attributed(text)).toEqual([
      ["the port was busy", "Jane Roe"],
      ["Loyalty, she said, has long been a core value of the harbour board", "Jane Roe"],
    ]);
  });

  it("is one claim after an opening participle clause", () => {
    const text =
      "Tom Berg runs the waterworks. By closing the old gate, Mr. Berg said, the town is able to save twice as much water.";
    expect(attributed(text)).toEqual([
      ["By closing the old gate, Mr. Berg said, the town is able to save twice as much water", "Tom Berg"],
    ]);
  });

  it("stops before a clause about the saying ('referring to…', 'adding that…')", () => {
    expect(attributed("The plan will fail within a year, Jane Roe said, referring to the harbour budget.")[0]).toEqual([
      "The plan will fail within a year",
      "Jane Roe",
    ]);
    expect(
      attributed("The plan will fail within a year, Jane Roe said on Monday, adding that the budget was short."),
    ).toEqual([
      ["The plan will fail within a year", "Jane Roe"],
      ["the budget was short", "Jane Roe"],
    ]);
  });
});
