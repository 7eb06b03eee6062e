// A reported clause ends before a participle that reports again (", calling…", ", noting
// that…"), and what follows is a second claim of the same speaker, as after ", adding that"
// (docs/EXTRACTION.md, "How it works"). Sentences are our own.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";

const claimsOf = (text: string) => extractClaims(text, { everySpeaker: true }).filter((c) => c.speaker);

describe("a participle that reports again", () => {
  it("', calling …' ends the first claim and opens a second", () => {
    const claims = claimsOf(
      "Mayor Ann Roe said the new pier would open in June, calling the delay “a small price for safety.”",
    );
    expect(claims.map((c) => [c.speaker, c.text])).toEqual([
      ["Ann Roe", "the new pier would open in June"],
      ["Ann Roe", "the delay “a small price for safety.”"],
    ]);
  });

  it("', noting that …' gives the clause after 'that'", () => {
    const claims = claimsOf(
      "Tom Berg said the ferry fares would stay the same this year, noting that fuel costs had fallen.",
    );
    expect(claims.map((c) => c.text)).toEqual([
      "the ferry fares would stay the same this year",
      "fuel costs had fallen",
    ]);
    expect(claims.every((c) => c.speaker === "Tom Berg")).toBe(true);
  });

  it("inside a quotation is the speaker's own words, not a cue", () => {
    const claims = claimsOf("“We will keep the fares low, noting every cost,” Tom Berg said.");
    expect(claims).toHaveLength(1);
    expect(claims[0]?.kind).toBe("direct_quote");
  });
});
