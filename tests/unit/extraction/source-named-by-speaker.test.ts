// "According to Tom Voss, the pier is unsafe, Ann Roe said.": Roe says it and names Voss as her
// source; the claim is hers, indirect, Voss among its sources, never its speaker and never a relay
// of her words; what she says next keeps no such source.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { findClaimAbout } from "./find-claim.ts";

describe("a source the speaker names in an opening 'according to'", () => {
  it.each([
    "According to Tom Voss, the pier is unsafe, Ann Roe said.",
    "In addition, according to Tom Voss, the pier is unsafe, Ann Roe said.",
  ])("%s", (text) => {
    const claims = extractClaims(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      text: "the pier is unsafe",
      speaker: "Ann Roe",
      cue: "Ann Roe said",
      indirect: true,
      sources: ["Tom Voss"],
      chain: ["Ann Roe", "this article"],
    });
  });

  it("does not carry the named source to what the speaker says next", () => {
    const claims = extractClaims(
      "According to Tom Voss, the pier is unsafe, Ann Roe said. She said the ferry would run again in May.",
    );
    expect(findClaimAbout(claims, "ferry")).toMatchObject({ speaker: "Ann Roe", indirect: false, sources: [] });
  });
});
