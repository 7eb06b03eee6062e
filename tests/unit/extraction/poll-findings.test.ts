// Findings a poll holds ("… in the latest poll", "In a survey released Monday, …") are the poll's,
// as written (docs/EXTRACTION.md, "How it works"). Sentences are our own.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { findClaimAbout } from "./find-claim.ts";

const claimsOf = (text: string) => extractClaims(text, { everySpeaker: true });

describe("a finding placed in a poll", () => {
  it("before 'in … poll' is said by the poll", () => {
    const text =
      "The harbour race is close. Ann Roe holds a 12-point lead over Tom Berg in the latest Harbour Gazette poll.";
    const claim = findClaimAbout(claimsOf(text), "holds a 12-point lead");
    expect(claim.speaker).toBe("the latest Harbour Gazette poll");
    expect(claim.text).toBe("Ann Roe holds a 12-point lead over Tom Berg");
    expect(claim.cue).toBe("in");
    expect(claim.kind).toBe("paraphrase");
  });

  it("after 'In a survey …,' is said by the survey", () => {
    const text =
      "The pier opened in May. In a survey released Monday, the ferry ranked first among the town’s services.";
    const claim = findClaimAbout(claimsOf(text), "the ferry ranked first");
    expect(claim.speaker).toBe("a survey");
    expect(claim.text).toBe("the ferry ranked first among the town’s services");
  });

  it("leaves a sentence about the poll itself a fact", () => {
    const text = "The council met on Monday. The poll was taken in late May, before the drop in the ferry polls.";
    const claim = findClaimAbout(claimsOf(text), "The poll was taken");
    expect(claim.kind).toBe("unattributed_fact");
    expect(claim.speaker).toBeNull();
  });

  it("takes no place or preposition before the poll as its name", () => {
    const text = "The race tightened. Roe and Berg entered the debate in Dover atop the polls.";
    const claim = findClaimAbout(claimsOf(text), "entered the debate");
    expect(claim.speaker).toBeNull();
  });
});
