// Attributions the labeller half-finds: a content it tags without its cue, and "X cited Y", which
// is an attribution when "cited" follows its own source (docs/EXTRACTION.md, "Contents without a
// cue"). Sentences are our own.
import { describe, expect, it } from "vitest";
import modelData from "../../../lib/extraction/attribution-model.json" with { type: "json" };
import { findCueBeforeContent } from "../../../lib/extraction/cue-before-content.ts";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { tokenizeText } from "../../../lib/extraction/tokenize-text.ts";
import { findClaimAbout } from "./find-claim.ts";

const cueLemmas = new Set(modelData.cueLemmas);

// The cue found before the content that starts at `content`, as text, or null.
function cueBefore(text: string, content: string): string | null {
  const tokens = tokenizeText(text);
  const first = tokens.findIndex((t) => t.start === text.indexOf(content));
  const found = findCueBeforeContent(tokens, first, cueLemmas);
  return found ? text.slice(tokens[found.first]?.start, tokens[found.last]?.end) : null;
}

describe("a content tagged without its cue", () => {
  it("takes the cue-lexicon verb before it, with its auxiliary and adverb", () => {
    const text = "Senator Ann Roe has long opposed the new parking fees in the harbour district.";
    expect(cueBefore(text, "the new parking fees")).toBe("has long opposed");
  });

  it("reaches over a preposition or 'that' to the verb", () => {
    expect(cueBefore("Ann Roe warned that the coast road would flood.", "the coast road")).toBe("warned that");
  });

  it("takes no verb outside the cue lexicon", () => {
    expect(cueBefore("Ann Roe repaired the old fence by the harbour.", "the old fence")).toBeNull();
  });

  it("takes no participle opening a clause after a comma", () => {
    const text = "The talks were the second of their kind, designed to calm the markets before the vote.";
    expect(cueBefore(text, "to calm")).toBeNull();
  });

  it("looks no further than the content's sentence", () => {
    expect(cueBefore("Ann Roe warned. The coast road would flood.", "The coast road")).toBeNull();
  });

  it("gives the claim its speaker", () => {
    const text = "Senator Ann Roe has long opposed the new parking fees in the harbour district.";
    const claim = findClaimAbout(extractClaims(text), "the new parking fees");
    expect(claim.speaker).toBe("Ann Roe");
    expect(claim.kind).toBe("paraphrase");
  });
});

describe("a name alone as the content", () => {
  it("is what a stance towards that person reports", () => {
    const text = "The race for the harbour board tightened this week. On Tuesday, Mayor Ann Roe endorsed Lund.";
    expect(findClaimAbout(extractClaims(text, { everySpeaker: true }), "Lund")).toMatchObject({
      speaker: "Ann Roe",
      text: "Lund",
    });
  });

  it("is what an attack on that person reports", () => {
    const text = "The ferry strike is in its third week. For months, Mayor Ann Roe has hammered Lund.";
    expect(findClaimAbout(extractClaims(text, { everySpeaker: true }), "Lund")).toMatchObject({
      speaker: "Ann Roe",
      cue: "has hammered",
    });
  });

  it("is no claim after 'quoted': the person quoted is not what was said", () => {
    const text = "The ferry strike is in its third week. The Harbour Gazette further quoted Lund.";
    expect(extractClaims(text, { everySpeaker: true }).filter((c) => c.text === "Lund")).toEqual([]);
  });
});

describe("'cited'", () => {
  it("after its own source attributes what is cited", () => {
    const text = "Senator Ann Roe cited the rising cost of ferry tickets as proof that the fares must be capped.";
    const claim = findClaimAbout(extractClaims(text), "rising cost of ferry tickets");
    expect(claim.speaker).toBe("Ann Roe");
    expect(claim.kind).toBe("paraphrase");
  });

  it("as 'citing' stays a route, not a claim of its own", () => {
    const text =
      "The Coastal Herald reported on Monday that the ferry fares would rise, citing two officials at the port.";
    const claims = extractClaims(text);
    expect(claims.some((c) => c.text.startsWith("two officials"))).toBe(false);
  });
});

describe("labelled contents that are not the cue's", () => {
  it("leave out a concessive clause after the cue", () => {
    const text =
      "At least four boats sank, according to the Coastal Herald, though the harbour office has confirmed only two.";
    expect(extractClaims(text).filter((c) => /^(?:even )?(?:though|although)\b/i.test(c.text))).toEqual([]);
  });

  it("leave out a note about the reporting that opens before the labelled words", () => {
    expect(extractClaims("The harbour office declined to comment.")).toEqual([]);
  });

  it("leave out words of an earlier sentence that has no cue of its own", () => {
    const text =
      "There is simply no way to draw a clear theory of Roe's view of ferry policy from this interview. Roe has long opposed the new fares on the quay.";
    const claims = extractClaims(text, { everySpeaker: true });
    expect(findClaimAbout(claims, "the new fares on the quay")).toMatchObject({
      speaker: "Roe",
      text: "the new fares on the quay",
    });
    const endorsed =
      "There is simply no way to draw a clear theory of Ann Roe's view of ferry policy from this interview. Roe endorsed Tom Lund for the harbour board.";
    expect(extractClaims(endorsed, { everySpeaker: true }).filter((c) => c.text.includes("interview. Roe"))).toEqual(
      [],
    );
  });

  it("leave out words of a later sentence that has no cue of its own", () => {
    const text =
      "Congress only voted for a two-year delay. But few on either side of the debate think the harbour tax will ever go into effect, with such a strong precedent for opposing it.";
    const claims = extractClaims(text, { everySpeaker: true });
    expect(claims.filter((c) => c.speaker === "Congress" && c.text.includes("harbour tax"))).toEqual([]);
  });

  it("give the name after a description set off by commas as the speaker", () => {
    const text = "“We have the boats,” the harbour’s chief pilot, Ann Lowe, said on Monday.";
    expect(findClaimAbout(extractClaims(text), "the boats").speaker).toBe("Ann Lowe");
  });
});
