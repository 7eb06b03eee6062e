// "…, Coast FM quoted Tom Voss as saying, but Ann Roe disagreed.": a clause of contrast whose own
// subject speaks or disputes is another person's; it is neither in the claim nor in its cue.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { findClaimAbout } from "./find-claim.ts";

describe("a contrasting clause after the attribution", () => {
  it.each([
    [
      "The pier is unsafe, Coast FM quoted Tom Voss as saying, but Ann Roe disagreed.",
      "Coast FM quoted Tom Voss as saying",
    ],
    [
      "The pier is unsafe, Coast FM quoted Tom Voss as saying on Monday, while Ann Roe disagreed.",
      "Coast FM quoted Tom Voss as saying on Monday",
    ],
  ])("quoted-as: %s", (text, cue) => {
    const claims = extractClaims(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      text: "The pier is unsafe",
      speaker: "Tom Voss",
      cue,
      indirect: true,
      chain: ["Tom Voss", "Coast FM", "this article"],
    });
  });

  it("ends a content after 'said' before another's disagreement", () => {
    const claim = findClaimAbout(extractClaims("Tom Voss said the pier is unsafe, but Ann Roe disagreed."), "pier");
    expect(claim).toMatchObject({ text: "the pier is unsafe", speaker: "Tom Voss" });
  });

  it("ends the cue of '…, Voss said' before another's disagreement", () => {
    const claim = findClaimAbout(extractClaims("The pier is unsafe, Tom Voss said, but Ann Roe disagreed."), "pier");
    expect(claim).toMatchObject({ text: "The pier is unsafe", speaker: "Tom Voss", cue: "Tom Voss said" });
  });

  it("keeps a contrast with no saying of its own inside the content", () => {
    const claim = findClaimAbout(
      extractClaims("Tom Voss said the pier is unsafe, but the council has not acted."),
      "pier",
    );
    expect(claim.text).toBe("the pier is unsafe, but the council has not acted");
  });
});
