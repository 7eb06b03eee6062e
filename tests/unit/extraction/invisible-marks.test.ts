// Zero-width and direction marks next to quotation marks (U+200B, U+200E, U+200F, U+2060,
// U+FEFF) are read as spaces: the quotation is still a direct quote of its speaker, and the
// claim's text and cue are still the article's own characters at the claim's offsets.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";

describe("invisible marks around quotation marks", () => {
  it.each([
    ["after a closing mark", "“The pier is unsafe,”\u200B Ann Roe said.", "“The pier is unsafe,”"],
    [
      "before an opening mark after a colon",
      "Ann Roe said\u200F: \u200E“The pier is unsafe.”\u200F Then she left.",
      "“The pier is unsafe.”",
    ],
    ["inside the marks", "“\uFEFFThe pier is unsafe,\u2060” Ann Roe said.", "“\uFEFFThe pier is unsafe,\u2060”"],
  ])("%s", (_, text, quote) => {
    const claims = extractClaims(text);
    const claim = claims.find((c) => c.kind === "direct_quote");
    expect(claim).toMatchObject({ text: quote, speaker: "Ann Roe" });
    for (const c of claims) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      if (c.cue) expect(text).toContain(c.cue);
    }
  });
});
