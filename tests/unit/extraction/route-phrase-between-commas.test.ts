import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { findClaimAbout } from "./find-claim.ts";

const LEAD = "The harbour project began in 2010 and has cost more than planned.";

// "according to X" set off by commas after a few opening words of its sentence.
describe("route phrase between commas", () => {
  it("gives the rest of the sentence to the source after a linking opener", () => {
    const claims = extractClaims(
      [LEAD, "In addition, according to the ministry, nine million more workers will be paid overtime."].join("\n\n"),
    );
    const paid = findClaimAbout(claims, "nine million");
    expect(paid.speaker).toBe("the ministry");
    expect(paid.kind).toBe("paraphrase");
    expect(paid.text).toBe("nine million more workers will be paid overtime");
  });

  it("keeps a subject or a time before the phrase in the claim", () => {
    const claims = extractClaims(
      [
        LEAD,
        "Fundraising, according to the Voss campaign, has surged in the same period.",
        "Last year, according to the port authority, the harbour lost two million dollars in fees.",
      ].join("\n\n"),
    );
    const surged = findClaimAbout(claims, "has surged");
    expect(surged.speaker).toBe("the Voss campaign");
    expect(surged.text).toBe("Fundraising, according to the Voss campaign, has surged in the same period");
    const lost = findClaimAbout(claims, "lost two million");
    expect(lost.speaker).toBe("the port authority");
    expect(lost.text.startsWith("Last year")).toBe(true);
  });
});
