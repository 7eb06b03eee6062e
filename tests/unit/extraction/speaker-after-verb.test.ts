import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import type { SuggestedClaim } from "../../../lib/extraction/suggested-claim.ts";
import { findClaimAbout } from "./find-claim.ts";

const LEAD = "Ann Roe won the harbour vote in March by a wide margin.";

// Claims that read the speaker's words as what was said, or what was said (about fees) as the
// speaker: none may be suggested.
const swapped = (claims: SuggestedClaim[], speakerWords: string) =>
  claims.filter((c) => c.text.trim() === speakerWords || (c.speaker ?? "").includes("fees"));

// The speaker named after the verb of a sentence that is no quotation ("…, said several
// observers"), and a person with an appositive before the verb ("Tom Voss, a Republican, said…").
describe("speaker after the verb", () => {
  it("reads a noun phrase with a determiner after 'said' as the speaker of the clause before", () => {
    const claims = extractClaims(
      [
        LEAD,
        "The new fees hurt the smallest boats most, said several observers.",
        "The harbour fees will rise again next year, said two officials.",
      ].join("\n\n"),
    );
    const observers = findClaimAbout(claims, "smallest boats");
    expect(observers.speaker).toBe("several observers");
    expect(observers.text).toBe("The new fees hurt the smallest boats most");
    expect(findClaimAbout(claims, "rise again").speaker).toBe("two officials");
    expect(swapped(claims, "several observers")).toEqual([]);
    expect(swapped(claims, "two officials")).toEqual([]);
  });

  it("makes no claim of the speaker's words when the labeller reads them as content", () => {
    const claims = extractClaims(
      [
        LEAD,
        "Her rise may have been more surprising to the fishermen than to anyone else, said several observers.",
      ].join("\n\n"),
    );
    expect(findClaimAbout(claims, "Her rise").speaker).toBe("several observers");
    expect(claims.filter((c) => c.text.trim() === "several observers")).toEqual([]);
  });

  it("reads no lowercase words after 'said' as the speaker unless they close the sentence", () => {
    const claims = extractClaims(
      [LEAD, "Jo Penn, 59, of Salem, said the result brought back memories of her father, and of the old port."].join(
        "\n\n",
      ),
    );
    const memories = findClaimAbout(claims, "brought back memories");
    expect(memories.speaker).toBe("Jo Penn");
    expect(claims.some((c) => (c.speaker ?? "").includes("memories"))).toBe(false);
  });

  it("keeps an adverb of manner after the verb out of the claim", () => {
    const claims = extractClaims(
      [LEAD, "The new fees hurt the smallest boats most, Tom Voss said dryly."].join("\n\n"),
    );
    const fees = findClaimAbout(claims, "smallest boats");
    expect(fees.speaker).toBe("Tom Voss");
    expect(fees.text).toBe("The new fees hurt the smallest boats most");
    expect(claims.some((c) => c.text.trim() === "dryly")).toBe(false);
  });

  it("gives the clause after 'X, an appositive, said' to X, with no claim made of X and the appositive", () => {
    const claims = extractClaims(
      [
        LEAD,
        "Tom Voss, a harbour pilot, said the Roe family deserved better.",
        "Ben Hale, a Republican, said the fishing fleet deserved better.",
      ].join("\n\n"),
    );
    expect(findClaimAbout(claims, "Roe family deserved").speaker).toBe("Tom Voss");
    expect(findClaimAbout(claims, "fishing fleet").speaker).toBe("Ben Hale");
    expect(claims.some((c) => c.text.includes("a harbour pilot") && c.kind !== "unattributed_fact")).toBe(false);
    expect(claims.some((c) => (c.speaker ?? "").includes("Roe family"))).toBe(false);
  });

  it("takes the name, not a name inside a relative clause of the appositive, for the speaker", () => {
    const claims = extractClaims(
      [
        LEAD,
        "Gov. Tom Voss of Ohio, a Republican who has refused to endorse Ms. Roe, said the fishing fleet deserved better.",
      ].join("\n\n"),
    );
    expect(findClaimAbout(claims, "fishing fleet").speaker).toBe("Tom Voss of Ohio");
  });

  it("keeps a clause after 'X, who …, said' as X's claim, not as a speaker", () => {
    const claims = extractClaims(
      [
        LEAD,
        "Harbour economist Sue Lark, who studies port fees at the Harbour Institute, said Tom Voss's statement didn't clarify the matter.",
      ].join("\n\n"),
    );
    expect(findClaimAbout(claims, "didn't clarify").speaker).toBe("Sue Lark");
    expect(claims.some((c) => (c.speaker ?? "").includes("statement"))).toBe(false);
  });
  it("reads the speakers after the plural 'say' as after 'said', never as what was said", () => {
    const claims = extractClaims(
      [
        LEAD,
        "A smaller pier may not be such a bad thing either, say some fishermen, who recall the noise of the old one.",
        "The new fees hurt the smallest boats most, say critics.",
        "The night ferry will stop in May, say residents of the island.",
        "The fees are too high, say residents of the town.",
      ].join("\n\n"),
    );
    const pier = findClaimAbout(claims, "smaller pier");
    expect(pier.speaker).toBe("some fishermen");
    expect(pier.text).toBe("A smaller pier may not be such a bad thing either");
    expect(findClaimAbout(claims, "smallest boats").speaker).toBe("critics");
    const ferry = findClaimAbout(claims, "night ferry");
    expect(ferry.speaker).toBe("residents of the island");
    expect(ferry.text).toBe("The night ferry will stop in May");
    expect(findClaimAbout(claims, "too high").speaker).toBe("residents of the town");
    expect(swapped(claims, "some fishermen, who recall the noise of the old one")).toEqual([]);
    expect(swapped(claims, "critics")).toEqual([]);
    expect(claims.filter((c) => c.speaker !== null && /^residents of\b/.test(c.text.trim()))).toEqual([]);
    expect(claims.some((c) => (c.speaker ?? "").includes("pier") || (c.speaker ?? "").includes("ferry"))).toBe(false);
  });

  it("reads a bare plural after 'said' as the speaker, but not a word like 'thanks'", () => {
    const claims = extractClaims(
      [
        LEAD,
        "The new fees hurt the smallest boats most, said fishermen in the harbour.",
        "The ferry was late again on Monday, said thanks to the storm.",
      ].join("\n\n"),
    );
    const fees = findClaimAbout(claims, "smallest boats");
    expect(fees.speaker).toBe("fishermen in the harbour");
    expect(fees.text).toBe("The new fees hurt the smallest boats most");
    expect(claims.some((c) => (c.speaker ?? "").startsWith("thanks"))).toBe(false);
  });
  it("reads a quotation closed by a doubled apostrophe before 'said X' or 'X said' as X's", () => {
    const claims = extractClaims(
      [
        LEAD,
        "Tom Hale spoke of a visit by Ann Roe.",
        "''Her father was very effective in small groups,'' said Ben Lark, who ran the 2008 harbour campaign.",
        "Tom Hale spoke of a visit by Ann Roe.",
        "''The ferry fees hurt the smallest boats the most,'' Ben Lark said.",
      ].join("\n\n"),
    );
    const father = findClaimAbout(claims, "Her father");
    expect(father.kind).toBe("direct_quote");
    expect(father.speaker).toBe("Ben Lark");
    expect(father.text).toBe("''Her father was very effective in small groups,''");
    const fees = findClaimAbout(claims, "ferry fees");
    expect(fees.kind).toBe("direct_quote");
    expect(fees.speaker).toBe("Ben Lark");
    expect(fees.text).toBe("''The ferry fees hurt the smallest boats the most,''");
  });

  it("ends the speaker after 'say' at a semicolon, a dash or another's clause", () => {
    const claims = extractClaims(
      [
        LEAD,
        "The pier is unsafe, say critics; Tom Voss disagrees.",
        "The ferry is late, say critics, but Tom Voss disagrees.",
        "The road is closed, say residents — Tom Voss disagrees.",
        "The fees are too high, said officials, and Tom Voss said the harbour must close.",
      ].join("\n\n"),
    );
    const pier = findClaimAbout(claims, "pier is unsafe");
    expect(pier.speaker).toBe("critics");
    expect(pier.cue).toBe("say critics");
    const ferry = findClaimAbout(claims, "ferry is late");
    expect(ferry.speaker).toBe("critics");
    expect(ferry.text).toBe("The ferry is late");
    expect(findClaimAbout(claims, "road is closed").speaker).toBe("residents");
    const fees = findClaimAbout(claims, "too high");
    expect(fees.speaker).toBe("officials");
    expect(fees.cue).toBe("said officials");
    expect(claims.some((c) => (c.speaker ?? "").includes("disagrees"))).toBe(false);
    expect(claims.filter((c) => c.text.trim() === "critics")).toEqual([]);
  });

  it("makes no claim of a relative clause about the speakers after 'say'", () => {
    const claims = extractClaims(
      [
        LEAD,
        "The dock is unsafe, say critics, who have long opposed the mayor.",
        "The bridge is unsafe, say lawmakers, who voted for its repair.",
      ].join("\n\n"),
    );
    expect(findClaimAbout(claims, "dock is unsafe").speaker).toBe("critics");
    expect(findClaimAbout(claims, "bridge is unsafe").speaker).toBe("lawmakers");
    expect(claims.filter((c) => /mayor|voted/.test(c.text))).toEqual([]);
    expect(claims.filter((c) => /^(?:say|said)\b/i.test(c.speaker ?? ""))).toEqual([]);
  });

  it("names no speaker for hearsay or records after 'say'", () => {
    const claims = extractClaims(
      [
        LEAD,
        "The tower is unsafe, say rumors.",
        "The hall is unsafe, say reports.",
        "The crime rate is falling, say the statistics.",
      ].join("\n\n"),
    );
    for (const about of ["tower is unsafe", "hall is unsafe", "crime rate"]) {
      const claim = findClaimAbout(claims, about);
      expect(claim.speaker).toBeNull();
      expect(claim.kind).toBe("paraphrase");
    }
    expect(claims.filter((c) => /rumors|reports|statistics/.test(`${c.speaker ?? ""} ${c.text}`))).toEqual([]);
  });

  it("reads a day after 'said' as when it was said, never as the speaker", () => {
    const claims = extractClaims(
      [LEAD, "The school is unsafe, said Monday.", "The park is unsafe, said officials Tuesday."].join("\n\n"),
    );
    expect(findClaimAbout(claims, "school is unsafe").speaker).toBeNull();
    expect(findClaimAbout(claims, "park is unsafe").speaker).toBe("officials");
    expect(claims.filter((c) => /Monday|Tuesday/.test(c.speaker ?? ""))).toEqual([]);
  });
});
