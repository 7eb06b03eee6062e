import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { findClaimAbout } from "./find-claim.ts";

// A time phrase opening the clause without a comma ("In 2010 she said…") says when the saying
// happened; the speaker is the subject after it, never "In 2010 she".
describe("a time phrase before the subject", () => {
  const text = [
    "Ann Roe has long opposed the harbour plan.",
    "In 2010 she said the plan would ruin the waterfront.",
    "On Monday she told reporters that the vote was rigged.",
    "Last week Tom Voss said the plan was sound.",
    "In March the ministry said the port would stay open.",
    "Earlier this year Voss said the cost had doubled.",
  ].join("\n\n");
  const claims = extractClaims(text);

  it("gives the claim to the subject after the time phrase", () => {
    expect(findClaimAbout(claims, "ruin the waterfront").speaker).toBe("Ann Roe");
    expect(findClaimAbout(claims, "vote was rigged").speaker).toBe("Ann Roe");
    expect(findClaimAbout(claims, "plan was sound").speaker).toBe("Tom Voss");
    expect(findClaimAbout(claims, "stay open").speaker).toBe("the ministry");
    expect(findClaimAbout(claims, "cost had doubled").speaker).toBe("Tom Voss");
  });

  it("names no speaker with the time phrase in it", () => {
    for (const c of claims) expect(c.speaker ?? "").not.toMatch(/\b(?:In|On|Last|Earlier|2010|Monday|March)\b/);
  });
});
