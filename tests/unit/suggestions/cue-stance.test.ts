// A suggestion's stance comes from its cue's own clause: a denying verb in a clause the cue ran
// on into (another person's objection, a relative clause, a participle) never turns an assertion
// into a denial, and "disputed" is a denial.
import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract-claims";
import { cueOwnClause, readCueStance } from "@/lib/suggestions/cue-stance";
import { proposeClaimDraft } from "@/lib/suggestions/propose-claim-draft";

describe("the stance read from a cue", () => {
  it.each([
    ["said Tom Voss, but Ann Roe denied it", "ASSERTS"],
    ["said Tom Voss, and Ann Roe, the mayor, dismissed the claim", "ASSERTS"],
    ["Tom Voss said; Ann Roe denied it", "ASSERTS"],
    ["Tom Voss said — Ann Roe denied it", "ASSERTS"],
    ["said, rejecting calls to reopen it", "ASSERTS"],
    ["say critics, who deny any bias", "ASSERTS"],
    ["denied", "DENIES"],
    ["Ann Roe, the mayor, denied", "DENIES"],
    ["denied, in a statement,", "DENIES"],
    ["disputed", "DENIES"],
    ["flatly rejected claims", "DENIES"],
    ["said", "ASSERTS"],
    [null, "ASSERTS"],
  ] as const)("%s → %s", (cue, stance) => {
    expect(readCueStance(cue)).toBe(stance);
  });

  it("keeps an aside naming the speaker inside the cue's clause", () => {
    expect(cueOwnClause("said Ann Roe, the mayor, but Tom Voss denied it")).toBe("said Ann Roe, the mayor");
  });
});

describe("the draft proposed for an extracted claim", () => {
  const stanceOf = (text: string, words: string) =>
    extractClaims(text)
      .filter((claim) => claim.text.includes(words))
      .map((claim) => proposeClaimDraft(claim).stance);

  it("is no denial when another person denies it after the speaker's cue", () => {
    expect(stanceOf("“The pier is unsafe,” said Tom Voss, but Ann Roe denied it.", "pier is unsafe")).toEqual([
      "ASSERTS",
    ]);
  });

  it("is a denial when the speaker disputes it", () => {
    expect(stanceOf("Ann Roe disputed that the pier is unsafe.", "pier is unsafe")).toEqual(["DENIES"]);
  });
});
