import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { findClaimAbout } from "./find-claim.ts";

// A phrase opening the sentence before its subject ("The next day,", "Beyond the footage,",
// "Regarding the letters between Roe and Voss,", "Walking into the hall,") says when, where or
// about what; the speaker is the subject after it, never the phrase nor a name inside it.
describe("an opening phrase before the subject", () => {
  const text = [
    "Ann Roe runs the Harbour Trust. Tom Voss is her deputy.",
    "The next day, the trust's account posted: “Visit the pier.”",
    "Regarding the letters between Roe and Voss, the trust said in a statement: “Neither letter concerns the pier.”",
    "Walking into the hall to chants of “Ann! Ann!” the mayor said her campaign was closing strong.",
    "Discussing the budget in a radio interview, the treasurer explained that the ferry runs at a loss.",
    "The month after Voss resigned, the court announced that it had deadlocked in the case.",
    "King has said the pier is safe.",
  ].join("\n\n");
  const claims = extractClaims(text);

  it("gives the claim to the subject after the opening phrase", () => {
    expect(findClaimAbout(claims, "Visit the pier").speaker).toBe("the trust's account");
    expect(findClaimAbout(claims, "Neither letter").speaker).toBe("the trust");
    expect(findClaimAbout(claims, "closing strong").speaker).toBe("the mayor");
    expect(findClaimAbout(claims, "runs at a loss").speaker).toBe("the treasurer");
    expect(findClaimAbout(claims, "deadlocked").speaker).toBe("the court");
  });

  it("keeps a name ending in -ing that is the subject", () => {
    expect(findClaimAbout(claims, "pier is safe").speaker).toBe("King");
  });
});
