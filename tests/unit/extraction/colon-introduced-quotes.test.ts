// A paragraph ending in "X continued:" introduces the quotation that opens the next paragraph:
// it is X's, with the words before the colon as its cue (docs/EXTRACTION.md, "Quotations a
// colon introduces").
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { findClaimAbout } from "./find-claim.ts";

describe("a quotation opening the paragraph after 'X verb:'", () => {
  const text = [
    "Tom Voss debated the mayor on Tuesday night.",
    "And oh, do we know how that feels! Voss called them on it:",
    "“The questions tonight show why voters distrust the press. Everyone at home knows it.”",
    "Voss continued:",
    "“You look at the questions. Can you do math?”",
    "Ann Roe, who ran against Tom Voss last year, said:",
    "“He never answers a question about the harbour budget.”",
  ].join("\n\n");
  const claims = extractClaims(text, { everySpeaker: true });

  it("is said by the subject before the colon, the cue running to the colon", () => {
    expect(findClaimAbout(claims, "distrust the press")).toMatchObject({
      kind: "direct_quote",
      speaker: "Tom Voss",
      cue: "called them on it:",
      text: "“The questions tonight show why voters distrust the press. Everyone at home knows it.”",
    });
    expect(findClaimAbout(claims, "do math")).toMatchObject({
      kind: "direct_quote",
      speaker: "Tom Voss",
      cue: "continued:",
    });
  });

  it("is said by the subject, not by a person the subject's clause names", () => {
    expect(findClaimAbout(claims, "harbour budget")).toMatchObject({ speaker: "Ann Roe", cue: "said:" });
  });

  it("is not asked of the editor when the speaker is named right before it", () => {
    const asked = extractClaims(text);
    expect(findClaimAbout(asked, "distrust the press").speaker).toBe("Tom Voss");
    expect(findClaimAbout(asked, "do math").speaker).toBe("Tom Voss");
  });

  it("keeps to the speaker the rules read in the introducing sentence", () => {
    const own = [
      "Voters in the county have picked the winner in every race since 1956.",
      "81-year-old Ann Roe, a nominal Republican who voted for JFK and Tom Voss, said that given the crop of candidates on both sides:",
      '"There is only one: Voss. He spends his own money, and he owes nothing to anybody."',
    ].join("\n\n");
    const quote = findClaimAbout(extractClaims(own, { everySpeaker: true }), "only one");
    expect(quote).toMatchObject({ kind: "direct_quote", speaker: "Ann Roe" });
  });

  it("is not given as the quoted person's own first-hand words after 'X quotes Y:'", () => {
    const own = [
      "Tom Voss wrote about the storm on Monday.",
      "Voss quotes the harbour master, Lena Berg:",
      "“We checked every gate twice this week.”",
    ].join("\n\n");
    const quote = findClaimAbout(extractClaims(own, { everySpeaker: true }), "every gate");
    expect(quote.speaker === "Lena Berg" && !quote.indirect).toBe(false);
  });

  it("runs over the paragraphs of a quotation left open at each paragraph's end", () => {
    const own = [
      "Ann Roe spoke to the harbour council on Monday.",
      "Roe then listed what she wants from the next council budget:",
      "“A new pier for the fishing boats. A school bus for the island.",
      "“And lower fees at the harbour for every family.”",
    ].join("\n\n");
    const quote = findClaimAbout(extractClaims(own, { everySpeaker: true }), "fishing boats");
    expect(quote).toMatchObject({
      kind: "direct_quote",
      speaker: "Ann Roe",
      text: "“A new pier for the fishing boats. A school bus for the island.\n\n“And lower fees at the harbour for every family.”",
    });
  });
});
