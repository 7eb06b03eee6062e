// "The pier is unsafe, said nobody.": a saying the text denies names no speaker and gives no
// claim; "…, said several observers, but Ann Roe disagreed" is the observers', the contrast
// clause left out of both the claim and the cue.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";

describe("an inverted saying with a denial or a contrast after its speaker", () => {
  it.each(["The pier is unsafe, said nobody.", "The pier is unsafe, said no one."])(
    "%s gives no speaker and no attributed claim",
    (text) => {
      for (const claim of extractClaims(text)) {
        expect(claim.kind).toBe("unattributed_fact");
        expect(claim.speaker).toBeNull();
        expect(claim.speakerMention ?? null).toBeNull();
      }
    },
  );

  it("gives the clause to the observers, not to a clause read as their subject", () => {
    const claims = extractClaims("The pier is unsafe, said several observers, but Ann Roe disagreed.");
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      text: "The pier is unsafe",
      speaker: "several observers",
      cue: "said several observers",
    });
  });
});
