import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";

// Never state more than was recorded: no suggestion invents a speaker, a hop or a cue.
describe("suggestions state no more than the text gives", () => {
  it("names no speaker for the dummy 'it' of 'It is unclear whether…', 'It is reported that…', 'It seems…'", () => {
    const sentences = [
      "It is unclear whether she will testify.",
      "It is reported that the harbour will close in March.",
      "It remains possible that the ferry line will be sold.",
      "The council met on Monday. It seems the vote will wait until spring.",
    ];
    for (const text of sentences) {
      for (const claim of extractClaims(text)) {
        expect(claim.speaker, text).not.toBe("It");
        expect(claim.cue ?? "", text).not.toMatch(/^(?:unclear|reported|possible|seems)$/);
      }
    }
    const [claim] = extractClaims("It is unclear whether she will testify.");
    expect(claim?.speaker ?? null).toBeNull();
    expect(claim?.chain).toEqual(["this article"]);
  });

  it("still lets a body called 'it' speak ('It said the ruling was wrong')", () => {
    const text = "The ferry company said it would appeal. It said the ruling was wrong.";
    const claim = extractClaims(text).find((c) => c.text.includes("ruling was wrong"));
    expect(claim?.speaker).toBe("The ferry company");
  });
});
