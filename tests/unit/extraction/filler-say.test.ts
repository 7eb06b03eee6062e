// ", say," as a filler before an example is no saying: nobody is the speaker of the example.
import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract-claims";

describe("a filler 'say' between commas", () => {
  it("gives no attributed claim ('Prices could rise by, say, ten percent')", () => {
    const claims = extractClaims("Prices could rise by, say, ten percent.");
    expect(claims.filter((claim) => claim.speaker !== null)).toEqual([]);
  });

  it("leaves the inverted 'say' with its speaker ('…, say critics.')", () => {
    expect(extractClaims("The pier is unsafe, say critics.")).toMatchObject([
      { text: "The pier is unsafe", speaker: "critics" },
    ]);
  });
});
