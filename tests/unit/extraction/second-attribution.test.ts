// A second attribution inside the content of the first: "X said A and Y said B" is two claims,
// each speaker with their own words (docs/EXTRACTION.md, "Two attributions in one sentence").
// Sentences are our own.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";

const attributed = (text: string) =>
  extractClaims(text, { everySpeaker: true })
    .filter((c) => c.speaker !== null)
    .map((c) => [c.speaker, c.text]);

describe("a second subject and verb coordinated inside the first content", () => {
  it("after 'and' ends the first claim and is said by its own subject", () => {
    expect(
      attributed(
        "Harbour director Ann Roe met Tom Voss on Monday. Roe said the budget was too small and Voss said it was too large.",
      ),
    ).toEqual([
      ["Ann Roe", "the budget was too small"],
      ["Tom Voss", "it was too large"],
    ]);
  });

  it("after ', while' gives the second group its own words", () => {
    expect(
      attributed(
        "About half of the owners say they prefer a newcomer as chair, while about 4 in 10 say they want someone with experience.",
      ),
    ).toEqual([
      ["About half of the owners", "they prefer a newcomer as chair"],
      ["about 4 in 10", "they want someone with experience"],
    ]);
  });

  it("counts a quotation as words of the first claim ('said he was ''…'' and he repeated')", () => {
    expect(
      attributed(
        "Harbour director Tom Voss spoke on Monday. Mr. Voss said he was ''the right man for the harbour,'' and he repeated his claim that the fees had doubled.",
      ),
    ).toEqual([
      ["Tom Voss", "he was ''the right man for the harbour,''"],
      ["Tom Voss", "his claim that the fees had doubled"],
    ]);
  });

  it("leaves nouns joined by 'and' as the subject of the reported clause", () => {
    expect(attributed("Ann Roe said the mayor and the council announced a new pier budget.")).toEqual([
      ["Ann Roe", "the mayor and the council announced a new pier budget"],
    ]);
  });

  it("takes no time or place phrase for a second subject ('but in a later interview said')", () => {
    const claims = attributed(
      "The clerk first said he had not deleted the files, but in a later interview said he had deleted two of them.",
    );
    expect(claims.some(([speaker]) => speaker === "in a later interview")).toBe(false);
  });
});

describe("a participle that reports again after the content", () => {
  it("', explaining that …' opens a second claim of the same speaker", () => {
    expect(
      attributed("Tom Voss denied that the pier would close, explaining that the repairs were finished in May."),
    ).toEqual([
      ["Tom Voss", "the pier would close"],
      ["Tom Voss", "the repairs were finished in May"],
    ]);
  });

  it("', telling reporters that …' leaves out whom it was told", () => {
    expect(
      attributed("Ann Roe said she saw no need to change the plan, telling reporters that the fees would stay low."),
    ).toEqual([
      ["Ann Roe", "she saw no need to change the plan"],
      ["Ann Roe", "the fees would stay low"],
    ]);
  });
});
