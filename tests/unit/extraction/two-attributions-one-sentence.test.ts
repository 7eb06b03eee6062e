// Two attributions in one sentence, and the pieces of one attribution: each attribution is one
// claim, as PolNeAR annotates them (docs/EXTRACTION.md, "Two attributions in one sentence").
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { joinQuoteRuns } from "../../../lib/extraction/join-quote-runs.ts";
import type { SuggestedClaim } from "../../../lib/extraction/suggested-claim.ts";
import { findClaimAbout } from "./find-claim.ts";

const attributed = (text: string) => extractClaims(text).filter((c) => c.speaker !== null);

describe("a second attribution coordinated with the first", () => {
  it("with the same subject is a claim of its own, and the first claim ends before 'but'", () => {
    const text =
      "Harbour director Jane Roe spoke on Tuesday. Roe says the new pier is safe but argues that the council must pay for repairs.";
    const claims = attributed(text);
    expect(claims.map((c) => [c.text, c.speaker])).toEqual([
      ["the new pier is safe", "Jane Roe"],
      ["that the council must pay for repairs", "Jane Roe"],
    ]);
  });

  it("with its own subject is said by that subject, the words opening it included", () => {
    const text =
      "Most residents backed the plan. Eighty percent of residents said they liked the new pier, and a third of the owners said it was too costly.";
    const claims = attributed(text);
    expect(findClaimAbout(claims, "liked the new pier")).toMatchObject({
      text: "they liked the new pier",
      speaker: "Eighty percent of residents",
    });
    expect(findClaimAbout(claims, "too costly")).toMatchObject({
      text: "it was too costly",
      speaker: "a third of the owners",
    });
  });

  it("set as a main clause after a subordinate first one ('While X say A, Y say B') is Y's", () => {
    const text =
      "The mayor has aged in office. While some friends say Tom Voss would look better with a beard, others say he has never been healthier.";
    const claims = attributed(text);
    expect(claims.map((c) => [c.text, c.speaker])).toEqual([
      ["Tom Voss would look better with a beard", "some friends"],
      ["he has never been healthier", "others"],
    ]);
  });

  it("is not split off when its words are too few to be a claim ('but gave no details')", () => {
    const text = "Police said they had detained 14 people for looting, but gave no details.";
    expect(attributed(text)).toHaveLength(1);
  });

  it("keeps a sentence with one reporting verb whole", () => {
    const text = "Harbour director Jane Roe spoke on Tuesday. Roe says the pier is safe and the gates are new.";
    expect(attributed(text).map((c) => c.text)).toEqual(["the pier is safe and the gates are new"]);
  });
});

describe("the pieces of one attribution", () => {
  it("join across an attribution whose words hold an apostrophe", () => {
    const text = "“The dam will hold,” Lena Berg told the town’s council on Monday. “We checked every gate twice.”";
    const claims = attributed(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.text).toBe(text);
  });

  it("join a clause interrupted by its attribution to the quotation completing it", () => {
    const text =
      "Harbour director Jane Roe spoke on Tuesday. The new pier, Roe said, is “safer than any on this coast.”";
    const claims = attributed(text);
    expect(claims.map((c) => [c.text, c.speaker])).toEqual([
      ["The new pier, Roe said, is “safer than any on this coast.”", "Jane Roe"],
    ]);
  });

  const claim = (text: string, start: number, end: number, over: Partial<SuggestedClaim>): SuggestedClaim => ({
    start,
    end,
    text: text.slice(start, end),
    kind: "direct_quote",
    speaker: "Lena Berg",
    cue: "said",
    indirect: false,
    sources: [],
    chain: ["Lena Berg", "this article"],
    ...over,
  });

  it("join when the second piece's cue is the attribution between them, not when it follows", () => {
    const text = "“The dam will hold,” Berg said, pointing to the report. “We checked every gate.”";
    const first = claim(text, 0, 20, { cue: "Berg said, pointing to the report" });
    const second = claim(text, 56, text.length, { cue: "pointing" });
    expect(joinQuoteRuns([first, second], text).map((c) => c.text)).toEqual([text]);
    const own = "“The dam will hold,” Berg said. “We checked every gate,” she added.";
    const a = claim(own, 0, 20, { cue: "Berg said" });
    const b = claim(own, 32, 56, { cue: "she added" });
    expect(joinQuoteRuns([a, b], own)).toHaveLength(2);
  });

  it("drop a claim inside another of the same speaker, and keep one inside another speaker's", () => {
    const text = "The new pier, the engineers said, is “safer than any on this coast.”";
    const outer = claim(text, 0, text.length, { kind: "paraphrase", speaker: "the engineers" });
    const inner = claim(text, 37, text.length, { speaker: "the engineers" });
    expect(joinQuoteRuns([outer, inner], text)).toEqual([outer]);
    const other = claim(text, 37, text.length, { speaker: "Lena Berg" });
    expect(joinQuoteRuns([outer, other], text)).toHaveLength(2);
  });
});

describe("a headline giving a speaker and their words after a colon", () => {
  it("is said by the person the label names, in full", () => {
    const text = "Ruth Nwosu: The count was rigged from the start.\n\nOpposition leader Ruth Nwosu spoke on Sunday.";
    expect(findClaimAbout(extractClaims(text), "rigged")).toMatchObject({
      text: "The count was rigged from the start.",
      speaker: "Ruth Nwosu",
      cue: "Ruth Nwosu:",
    });
  });

  it("is said by a surname the article registers, and by an outlet as a route", () => {
    const surname = "Nwosu: The count was rigged from the start.\n\nOpposition leader Ruth Nwosu spoke on Sunday.";
    expect(findClaimAbout(extractClaims(surname), "rigged").speaker).toBe("Ruth Nwosu");
    const outlet = "Reuters: Port Bello count was rigged, observers say.\n\nThe observers spoke on Sunday.";
    expect(findClaimAbout(extractClaims(outlet, { everySpeaker: true }), "rigged")).toMatchObject({
      speaker: "Reuters",
      indirect: true,
    });
  });

  it("is no attribution when the label names no one", () => {
    for (const label of ["The Latest", "Update", "Poll"]) {
      const text = `${label}: Ruth Nwosu wins the count in Port Bello.\n\nThe count ended on Sunday.`;
      expect(findClaimAbout(extractClaims(text), "wins the count").speaker).toBeNull();
    }
  });
});
