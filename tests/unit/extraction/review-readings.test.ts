import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { extractClaimAbout } from "./find-claim.ts";

// Readings that once stated more than the text gives: the wrong speaker, a lost relay, a claim
// that is only a pronoun.
describe("an outlet quoting someone at the end of the sentence", () => {
  it("gives the words before the comma to the person quoted, the outlet on the route", () => {
    const text = "The river rose overnight. The dam will hold, Reuters quoted a ministry spokesman as saying.";
    const claims = extractClaims(text);
    const claim = extractClaimAbout(text, "dam will hold");
    expect(claim.text).toBe("The dam will hold");
    expect(claim.speaker).toBe("a ministry spokesman");
    expect(claim.indirect).toBe(true);
    expect(claim.chain).toEqual(["a ministry spokesman", "Reuters", "this article"]);
    // Whom the outlet quoted is no claim of the outlet's.
    expect(claims.filter((c) => c.speaker === "Reuters")).toEqual([]);
    expect(claims.some((c) => /spokesman as/.test(c.text))).toBe(false);
  });

  it("reads a named person quoted by a paper the same way, the time of saying after it", () => {
    const text = "The ferry fares will rise in May, the Harbour Gazette quoted Mayor Ann Roe as saying on Monday.";
    const claim = extractClaimAbout(text, "fares will rise");
    expect(claim.text).toBe("The ferry fares will rise in May");
    expect(claim.speaker).toBe("Ann Roe");
    expect(claim.sources).toEqual(["Harbour Gazette"]);
  });
});
