// "Ann Roe is said to have told officials that…": others report that she said it, so the claim is
// hers but indirect (the article did not hear her), and what she says next keeps no hearsay.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { findClaimAbout } from "./find-claim.ts";

describe("a saying reported as hearsay", () => {
  it.each([
    ["Ann Roe is said to have told officials that the pier is unsafe.", "Ann Roe"],
    ["Tom Voss was reported to have warned the council that the pier is unsafe.", "Tom Voss"],
  ])("%s", (text, speaker) => {
    expect(findClaimAbout(extractClaims(text), "pier")).toMatchObject({
      text: "the pier is unsafe",
      kind: "paraphrase",
      speaker,
      indirect: true,
    });
  });

  it("leaves a plain saying by the same speaker direct", () => {
    const claims = extractClaims(
      "Ann Roe is said to have told officials that the pier is unsafe. Ann Roe said the ferry would run again in May.",
    );
    expect(findClaimAbout(claims, "ferry")).toMatchObject({ speaker: "Ann Roe", indirect: false });
  });
});
