import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mapOffsets } from "@/lib/claims/map-offsets";
import { reanchorClaim } from "@/lib/claims/reanchor-claim";
import { anchorSpan } from "@/lib/claims/text-anchor";
import { repoRoot } from "../../support/test-env";

function claimAt(body: string, words: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = body.indexOf(words, start + 1);
  const anchor = anchorSpan(body, start, start + words.length);
  return { start: anchor.start, end: anchor.end, exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix };
}

function reanchor(oldBody: string, newBody: string, claim: ReturnType<typeof claimAt>) {
  return reanchorClaim(claim, newBody, mapOffsets(oldBody, newBody));
}

const seed = fs.readFileSync(path.join(repoRoot, "prisma", "seed", "article.txt"), "utf8").trimEnd();
const TROOPS = "participating nations potentially sending several thousand troops each to “key points” within Ukraine";

describe("re-anchoring a claim after its article changed", () => {
  it("leaves a claim unchanged when nothing around it changed", () => {
    const claim = claimAt(seed, TROOPS);
    const edited = seed.replace("Starmer mentioned", "Starmer said");
    expect(reanchor(seed, edited, claim)).toMatchObject({ status: "unchanged", start: claim.start, end: claim.end });
  });

  it("follows the words when text is inserted before them (a typo fixed earlier in the article)", () => {
    const claim = claimAt(seed, TROOPS);
    const edited = seed.replace("has elaborated on", "has elaborated at length on");
    const result = reanchor(seed, edited, claim);
    expect(result.status).toBe("moved");
    expect(edited.slice(result.start, result.end)).toBe(TROOPS);
    expect(result.start).toBe(claim.start + " at length".length);
  });

  it("follows a paragraph moved to another place", () => {
    const paragraphs = seed.split("\n");
    const moved = [paragraphs[4]!, ...paragraphs.slice(0, 4), ...paragraphs.slice(5)].join("\n");
    const claim = claimAt(seed, "approval from Moscow isn’t necessary for such deployment");
    const result = reanchor(seed, moved, claim);
    expect(result.status).toBe("moved");
    expect(moved.slice(result.start, result.end)).toBe(claim.exact);
  });

  it("flags an edit inside the span for review, showing the new words where the old ones stood", () => {
    const claim = claimAt(seed, TROOPS);
    const edited = seed.replace("several thousand troops each", "a few thousand troops each");
    const result = reanchor(seed, edited, claim);
    expect(result.status).toBe("needs_review");
    expect(result.text).toBe(TROOPS.replace("several thousand", "a few thousand"));
  });

  it("flags a deleted span for review at the place it was, never losing the claim", () => {
    const claim = claimAt(seed, "This was the second meeting of its kind in two weeks");
    const edited = seed.replace("This was the second meeting of its kind in two weeks, designed", "It was designed");
    const result = reanchor(seed, edited, claim);
    expect(result.status).toBe("needs_review");
    expect(result.start).toBeGreaterThan(0);
    expect(result.end).toBeGreaterThanOrEqual(result.start);
    expect(edited.slice(result.end).startsWith(" designed") || edited.slice(result.start).startsWith("It was")).toBe(
      true,
    );
  });

  it("picks the right one of repeated words by their surrounding text", () => {
    const body =
      "Officials said the border “remains closed”. On Tuesday, the ministry repeated that the border “remains closed”.";
    const second = claimAt(body, "the border “remains closed”", 1);
    const edited = `Update: ${body.replace("On Tuesday", "On Tuesday morning")}`;
    const result = reanchor(body, edited, second);
    expect(result.status).toBe("moved");
    expect(result.start).toBe(edited.lastIndexOf("the border “remains closed”"));
  });

  it("maps offsets through several edits at once", () => {
    const map = mapOffsets("one two three four", "zero one three four five");
    expect(map(0)).toBe(5);
    expect(map("one two three".indexOf("three"))).toBe("zero one ".length);
    expect(map("one two three four".length)).toBe("zero one three four".length);
  });
});
