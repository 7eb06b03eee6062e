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

describe("'told' a station or paper the extractor has no list entry for", () => {
  it("puts a medium named by its kind (FM, Radio, Channel) on the route", () => {
    const text = [
      "Ann Roe told Coast FM that the bridge would close in May.",
      "Tom Voss told Radio Harbour on Monday that the plan was sound.",
      "Ben Hale told the Harbour Channel the fares would rise.",
    ].join(" ");
    const claims = extractClaims(text);
    const bridge = claims.find((c) => c.text === "the bridge would close in May");
    expect(bridge?.speaker).toBe("Ann Roe");
    expect(bridge?.indirect).toBe(true);
    expect(bridge?.chain).toEqual(["Ann Roe", "Coast FM", "this article"]);
    expect(claims.find((c) => c.text === "the plan was sound")?.chain).toEqual([
      "Tom Voss",
      "Radio Harbour",
      "this article",
    ]);
    expect(claims.find((c) => c.text === "the fares would rise")?.sources).toEqual(["Harbour Channel"]);
  });

  it("keeps a person who is told something first-hand ('told Ann Roe')", () => {
    const claim = extractClaimAbout("Tom Voss told Ann Roe that the plan was sound.", "plan was sound");
    expect(claim.speaker).toBe("Tom Voss");
    expect(claim.indirect).toBe(false);
  });
});

describe("the second piece of a quotation its cue interrupts", () => {
  it("keeps the relay of the first ('“A,” Roe told the Gazette. “B.”')", () => {
    const text = "“The tax will rise,” Ann Roe told the Harbour Gazette. “The schools will close next year.”";
    const claims = extractClaims(text).filter((c) => c.text.includes("schools will close"));
    expect(claims).toHaveLength(1);
    for (const claim of claims) {
      expect(claim.speaker).toBe("Ann Roe");
      expect(claim.indirect).toBe(true);
      expect(claim.chain).toEqual(["Ann Roe", "Harbour Gazette", "this article"]);
    }
  });

  it("keeps only the speaker for a quotation in the next paragraph", () => {
    const text = "“The tax will rise,” Ann Roe told the Harbour Gazette.\n\n“The schools will close next year.”";
    const claim = extractClaimAbout(text, "schools will close");
    expect(claim.speaker).toBe("Ann Roe");
    expect(claim.chain).toEqual(["Ann Roe", "this article"]);
  });
});

describe("'she' after a man spoke", () => {
  it("goes to the woman the sentence names, not to the last speaker of the other gender", () => {
    const claims = extractClaims("Tom Voss said Ann Roe had lied, and she said he had.");
    expect(claims.find((c) => c.text === "Ann Roe had lied")?.speaker).toBe("Tom Voss");
    const second = claims.find((c) => c.text === "he had");
    expect(second?.speaker).toBe("Ann Roe");
  });

  it("reads the gender from a role word before the full name over the first name's usual one", () => {
    const text = "“The fund is late,” said harbour widow Terry Vale. She said the families would wait no longer.";
    expect(extractClaimAbout(text, "would wait no longer").speaker).toBe("Terry Vale");
  });

  it("asks rather than guess when no woman is named", () => {
    const text = "Tom Voss said the pier was unsafe. Harbour Channel staff met on Monday. She said the pier was fine.";
    const claim = extractClaimAbout(text, "pier was fine");
    expect(claim.speaker).not.toBe("Tom Voss");
  });
});

describe("a relative pronoun before the speaker", () => {
  it("never makes 'which' part of the speaker ('…, which engineers say could widen')", () => {
    const claims = extractClaims("The bridge has a crack, which engineers say could widen in winter.");
    for (const claim of claims) expect(claim.speaker ?? "", claim.text).not.toMatch(/\bwhich\b/i);
    const claim = claims.find((c) => c.text.includes("could widen"));
    expect(claim?.speaker).toBe("engineers");
  });
});

describe("a denial of 'it'", () => {
  it("gives no claim whose text is only the pronoun", () => {
    const claims = extractClaims("The council accused Tom Voss of taking bribes. Tom Voss denied it.");
    expect(claims.some((c) => /^(?:it|this|that)[.]?$/i.test(c.text.trim()))).toBe(false);
    expect(claims.find((c) => c.text.includes("denied it"))?.speaker ?? null).toBeNull();
  });

  it("still reads a denial with its own object ('Voss denied any wrongdoing')", () => {
    const claim = extractClaimAbout("Tom Voss denied any wrongdoing at the port.", "wrongdoing");
    expect(claim.speaker).toBe("Tom Voss");
  });
});
