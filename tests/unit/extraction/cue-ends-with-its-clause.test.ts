// The cue after a content is the attribution's own clause: it stops at a semicolon, at a clause
// joined by "but" or "and", and at a participle doing something else, so the words of another
// clause never read as how it was said.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";

describe("a cue ends with its own clause", () => {
  it.each([
    ['"The pier is unsafe," said Tom Voss, but Ann Roe denied it.', "said Tom Voss"],
    ["The pier is unsafe, said Tom Voss, and Ann Roe, the mayor, dismissed the claim.", "said Tom Voss"],
    ["The pier is unsafe, Tom Voss said; Ann Roe denied it.", "Tom Voss said"],
    ["The pier is unsafe, Tom Voss said, rejecting calls to reopen it.", "Tom Voss said"],
  ])("%s", (text, cue) => {
    const claim = extractClaims(text).find((c) => /pier is unsafe/.test(c.text));
    expect(claim).toMatchObject({ speaker: "Tom Voss", cue });
  });

  it("keeps a participle of the saying itself in the cue", () => {
    const claim = extractClaims("The pier is unsafe, Tom Voss said, speaking at a news conference.")[0];
    expect(claim?.cue).toBe("Tom Voss said, speaking at a news conference");
  });

  it("reads the speaker after the verb up to a semicolon", () => {
    const claim = extractClaims("The pier is unsafe, said officials; Tom Voss, the mayor, said it was fine.").find(
      (c) => c.text === "The pier is unsafe",
    );
    expect(claim).toMatchObject({ speaker: "officials", cue: "said officials" });
  });
});
