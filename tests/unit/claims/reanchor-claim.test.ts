import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mapOffsets } from "@/lib/claims/map-offsets";
import { prepareRevision, reanchorClaim } from "@/lib/claims/reanchor-claim";
import { anchorSpan } from "@/lib/claims/text-anchor";
import { repoRoot } from "../../support/test-env";

function claimAt(body: string, words: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = body.indexOf(words, start + 1);
  const anchor = anchorSpan(body, start, start + words.length);
  return { start: anchor.start, end: anchor.end, exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix };
}

function reanchor(oldBody: string, newBody: string, claim: ReturnType<typeof claimAt>) {
  return reanchorClaim(claim, prepareRevision(oldBody, newBody));
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
    const offsets = mapOffsets("one two three four", "zero one three four five");
    expect(offsets.exact).toBe(true);
    expect(offsets.map(0)).toBe(5);
    expect(offsets.map("one two three".indexOf("three"))).toBe("zero one ".length);
    expect(offsets.map("one two three four".length)).toBe("zero one three four".length);
    expect(offsets.intact(0, 3)).toBe(true);
    expect(offsets.intact(0, 7)).toBe(false);
  });

  it("does not move a claim onto a look-alike sentence when its own was deleted (case 1)", () => {
    const alpha = "Team Alpha reported that the new deployment reduced latency by twelve percent.";
    const beta = "Team Beta reported that the new deployment reduced latency by twelve percent in Europe only.";
    const v1 = `${alpha}\n\nMeanwhile, other teams kept their old set-up.\n\n${beta}`;
    const v2 = `Meanwhile, other teams kept their old set-up.\n\n${beta}`;
    const claim = claimAt(v1, "the new deployment reduced latency by twelve percent");
    const result = reanchor(v1, v2, claim);
    expect(result.status).toBe("needs_review");
    // And Team Beta's own claim follows its words.
    const betaClaim = claimAt(v1, "the new deployment reduced latency by twelve percent", 1);
    const moved = reanchor(v1, v2, betaClaim);
    expect(moved.status).toBe("moved");
    expect(moved.start).toBe(v2.indexOf("the new deployment"));
  });

  it("never lands a short claim inside another number (case 2)", () => {
    const v1 = "Unemployment rose by 4% in May. Youth unemployment stands at 14% this year.";
    const v2 = "Unemployment rose by 5% in May. Youth unemployment stands at 14% this year.";
    const result = reanchor(v1, v2, claimAt(v1, "4%"));
    expect(result.status).toBe("needs_review");
    expect(result.text).toBe("5%");
    const thousands = "The plant cut 3,500 jobs; 500 more were moved.";
    const edited = "The plant cut 3,500 jobs; 400 more were moved.";
    expect(reanchor(thousands, edited, claimAt(thousands, "500 more")).status).toBe("needs_review");
  });

  it.each([
    ["a line break for a space", "Workers were hurt in the blast.", "Workers were hurt\nin the blast.", "hurt in"],
    [
      "NBSP for a space",
      "The closure cost 3,500 jobs last year.",
      "The closure cost 3,500\u00a0jobs last year.",
      "3,500 jobs",
    ],
    [
      "NFD for NFC",
      "The mayor of Besançon resigned.",
      "The mayor of Besanc\u0327on resigned.",
      "mayor of Besançon resigned",
    ],
    ["a curly apostrophe", "He said he won't run again.", "He said he won’t run again.", "he won't run again"],
    [
      "a soft hyphen and zero-width space",
      "An extraordinary session began.",
      "An extra\u00adordinary\u200b session began.",
      "extraordinary session",
    ],
  ])("keeps a claim whose words changed only in %s (case 3)", (_, v1, v2, words) => {
    const result = reanchor(v1, v2, claimAt(v1, words));
    expect(["moved", "unchanged"]).toContain(result.status);
    expect(result.text).toBe(v2.slice(result.start, result.end));
    expect(
      result.text
        .normalize("NFC")
        .replace(/\s+/g, " ")
        .replace(/[\u00ad\u200b]/g, "")
        .replace("’", "'"),
    ).toBe(words);
  });

  it("keeps the words intact when a whole rewrite defeats the capped diff, or flags them", () => {
    const words = (seed: number) =>
      Array.from({ length: 3000 }, (_, i) => `w${((i * 7919 + seed * 104729) % 5003).toString(36)}`).join(" ");
    const quote = "the minister said the plan was “on track”";
    const v1 = `${words(1)}. Yesterday ${quote}, officials added. ${words(2)}`;
    const v2 = `${words(3)}. Yesterday ${quote}, officials added. ${words(4)}`;
    const revision = prepareRevision(v1, v2);
    expect(revision.offsets.exact).toBe(false);
    const result = reanchorClaim(claimAt(v1, quote), revision);
    expect(result.status).toBe("moved");
    expect(v2.slice(result.start, result.end)).toBe(quote);
  });
});
