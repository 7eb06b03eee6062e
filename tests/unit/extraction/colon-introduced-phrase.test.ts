// "X said of Y: “…”", "X told Fox News: “…”": the short phrase before the colon belongs to the
// attribution; the quotation after it is what was said (docs/EXTRACTION.md, "Frame").
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { findClaimAbout } from "./find-claim.ts";

describe("a short phrase and a colon before a quotation", () => {
  it("belong to the attribution; the claim is the quotation, a direct quote", () => {
    const text =
      "Readers flooded the page. Another user, Ann Roe, wrote of the mayor: “Your plan is bad for the harbour.” Tom Voss posted: “The mayor is right about the fees.”";
    const claims = extractClaims(text, { everySpeaker: true });
    expect(findClaimAbout(claims, "bad for the harbour")).toMatchObject({
      kind: "direct_quote",
      speaker: "Ann Roe",
      text: "“Your plan is bad for the harbour.”",
    });
  });

  it("give no claim of their own words ('explained the council headline by saying:')", () => {
    const text =
      "Tom Voss led the church. He explained the council headline by saying: “It was because last night I asked the town to pray.”";
    const claims = extractClaims(text, { everySpeaker: true }).filter((c) => c.speaker !== null);
    expect(claims.map((c) => [c.kind, c.speaker, c.text])).toEqual([
      ["direct_quote", "Tom Voss", "“It was because last night I asked the town to pray.”"],
    ]);
  });

  it("stay in the claim when the phrase is a clause of its own ('suggested Roe was from Ohio:')", () => {
    const text =
      "Tom Voss spoke at the rally. Voss suggested Ann Roe was from Ohio: “She does not know this harbour at all.”";
    const claim = findClaimAbout(extractClaims(text, { everySpeaker: true }), "Ohio");
    expect(claim.text).toContain("Ann Roe was from Ohio");
  });
});
