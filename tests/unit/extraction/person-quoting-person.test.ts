// "Tom Voss quotes Ann Roe: “…”": the person quoted speaks, the one quoting relays the words
// (indirect), whether the quotation follows in the sentence or opens the next paragraph; a person
// citing another ("Roe said, citing Voss") relays the same way.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { findClaimAbout } from "./find-claim.ts";

describe("a person quoting or citing another", () => {
  it.each([["Tom Voss quotes Ann Roe:\n\n“The pier is unsafe.”"], ["Tom Voss quotes Ann Roe: “The pier is unsafe.”"]])(
    "%j: Roe speaks, Voss relays",
    (text) => {
      const claims = extractClaims(text);
      expect(claims).toHaveLength(1);
      expect(claims[0]).toMatchObject({
        text: "“The pier is unsafe.”",
        kind: "direct_quote",
        speaker: "Ann Roe",
        indirect: true,
        chain: ["Ann Roe", "Tom Voss", "this article"],
      });
    },
  );

  it("relays through the person who cites", () => {
    const claim = findClaimAbout(extractClaims("The pier is unsafe, Ann Roe said, citing Tom Voss."), "pier");
    expect(claim).toMatchObject({
      speaker: "Tom Voss",
      indirect: true,
      chain: ["Tom Voss", "Ann Roe", "this article"],
    });
  });
});
