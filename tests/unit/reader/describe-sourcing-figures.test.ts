import { describe, expect, it } from "vitest";
import { describeSourcingFigures } from "@/lib/reader/describe-sourcing-figures";

const sentences = (counts: Parameters<typeof describeSourcingFigures>[0]) =>
  describeSourcingFigures(counts).map(({ value, words }) => `${value} ${words}`);

describe("the reader summary's figures", () => {
  it("agree with a count of one: 1 claim is, 1 rests, 1 has, 1 of the 1 attributed claim is", () => {
    expect(
      sentences({ claims: 1, indirect: 1, noPrimaryRecord: 1, attributed: 1, singleSource: 1, unattributed: 0 }),
    ).toEqual([
      "1 claim is marked in the text.",
      "1 rests on indirect reporting: the claim reached the article through someone else, not from its source first-hand.",
      "1 has no primary record: no recording, transcript or document of the original words is available.",
      "1 of the 1 attributed claim is single-source: it reaches the article by one independent line of sourcing. Several reports that share a source upstream count as one line.",
    ]);
    expect(
      sentences({ claims: 1, indirect: 0, noPrimaryRecord: 0, attributed: 0, singleSource: 0, unattributed: 1 })[0],
    ).toBe("1 claim is marked in the text, stated without naming a source.");
  });

  it("say the plural for other counts", () => {
    expect(
      sentences({ claims: 15, indirect: 9, noPrimaryRecord: 4, attributed: 12, singleSource: 2, unattributed: 3 }),
    ).toEqual([
      "15 claims are marked in the text, 3 of them stated without naming a source.",
      "9 rest on indirect reporting: the claim reached the article through someone else, not from its source first-hand.",
      "4 have no primary record: no recording, transcript or document of the original words is available.",
      "2 of the 12 attributed claims are single-source: they reach the article by one independent line of sourcing. Several reports that share a source upstream count as one line.",
    ]);
    expect(
      describeSourcingFigures({
        claims: 0,
        indirect: 0,
        noPrimaryRecord: 0,
        attributed: 0,
        singleSource: 0,
        unattributed: 0,
      })[0]?.words,
    ).toBe("claims are marked in the text.");
  });
});
