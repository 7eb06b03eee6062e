// A route names only the listener its own sentence gives: "told local media:" is "local media"
// without the colon, and a later "Voss told Coast FM" was said to Coast FM alone.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";

describe("the listener of a sentence's own route", () => {
  it.each([
    ["Tom Voss told local media: the pier is unsafe.", "local media"],
    ["Ann Roe told state media: the harbour will close.", "state media"],
  ])("%s", (text, audience) => {
    const claims = extractClaims(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.indirect).toBe(true);
    expect(claims[0]?.chain[1]).toBe(audience);
  });

  it("does not carry an earlier sentence's listener into a fresh one", () => {
    const claims = extractClaims(
      "Tom Voss told local media: the pier is unsafe. The harbour is closed, Tom Voss told Coast FM.",
    );
    const later = claims.find((c) => c.text === "The harbour is closed");
    expect(later).toMatchObject({ speaker: "Tom Voss", indirect: true });
    expect(later?.chain).toEqual(["Tom Voss", "Coast FM", "this article"]);
  });
});
