import { describe, expect, it } from "vitest";
import { extractClaimAbout } from "./find-claim.ts";

describe("an outlet no list knows, used by the article as one", () => {
  it.each([
    "The mayor will resign next week, according to the Springfield Shopper.",
    "According to the Springfield Shopper, the mayor will resign next week.",
    "The mayor will resign next week, the Springfield Shopper reported on Friday.",
  ])("is the route of a relayed claim: %s", (text) => {
    const claim = extractClaimAbout(text, "will resign");
    expect(claim.speaker).toBe("Springfield Shopper");
    expect(claim.indirect).toBe(true);
    expect(claim.chain).toEqual(["Springfield Shopper", "this article"]);
  });

  it("leaves a person of a two-word name a person", () => {
    const claim = extractClaimAbout(
      "The mayor will resign next week, Springfield Shopper said on Friday.",
      "will resign",
    );
    expect(claim.speaker).toBe("Springfield Shopper");
    expect(claim.indirect).toBe(false);
  });
});
