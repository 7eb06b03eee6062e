// A clause of contrast after a spaced dash ("…, critics say — but Ann Roe disagrees") is
// another's: the claim is the words before the attribution, the objection no claim of theirs.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";

describe("a clause of contrast after a spaced dash", () => {
  it.each([
    ["The pier is unsafe, critics say — but Ann Roe disagrees.", "critics", "The pier is unsafe"],
    ["The ferry will stop in May, Tom Voss said – but Ann Roe denies it.", "Tom Voss", "The ferry will stop in May"],
  ])("%s", (text, speaker, claim) => {
    const claims = extractClaims(text);
    expect(claims.map((c) => [c.text, c.speaker])).toContainEqual([claim, speaker]);
    expect(claims.some((c) => /disagrees|denies/.test(c.text))).toBe(false);
  });

  it("ends a claim before the verb's own content too", () => {
    const claims = extractClaims("Ann Roe said the pier is unsafe — but Tom Voss disagreed.");
    expect(claims[0]).toMatchObject({ text: "the pier is unsafe", speaker: "Ann Roe" });
  });
});
