import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { findClaimAbout } from "./find-claim.ts";

// The speaker of "X, <aside>, said…" is X, whatever names the aside holds: a relative clause
// running over a place ("in Dover, Delaware,"), a party tag that ends in a full stop ("(D-Mo.)"),
// an aside set off by spaced dashes, a possessive before a participle ("Voss's repeated calls").
describe("the subject past its asides", () => {
  const text = [
    "Ann Roe spoke at the harbour on Monday.",
    "Sen. Tom Voss (D-Mo.), who has endorsed Roe, said the pier is unsafe.",
    "Kim Lee, who lost her son during the storm in Dover, Delaware, in July 2012, said that the council had ignored her family.",
    "Kim Lee, who is a teacher, also decried Voss's repeated calls to close the school.",
    "A spokesman for the Harbour Trust - a charity founded by Roe - noted that the ferry runs at a loss.",
    "Tom Voss boasted to reporters of his plan - “the best in the state” - and stressed the harbour's importance to the town.",
  ].join("\n\n");
  const claims = extractClaims(text);

  it("gives the claim to the subject before a relative clause", () => {
    expect(findClaimAbout(claims, "pier is unsafe").speaker).toBe("Tom Voss");
    expect(findClaimAbout(claims, "ignored her family").speaker).toBe("Kim Lee");
  });

  it("reads a name's possessive before a participle as part of the object", () => {
    const decried = findClaimAbout(claims, "calls to close the school");
    expect(decried.speaker).toBe("Kim Lee");
    expect(decried.text).toContain("Voss's repeated calls");
  });

  it("skips an aside between spaced dashes", () => {
    expect(findClaimAbout(claims, "ferry runs at a loss").speaker).toBe("A spokesman for the Harbour Trust");
    expect(findClaimAbout(claims, "importance to the town").speaker).toBe("Tom Voss");
  });

  it("names no speaker out of the aside", () => {
    for (const c of claims) expect(c.speaker ?? "").not.toMatch(/^(?:Delaware|Ann Roe|-|- and)$/);
  });
});
