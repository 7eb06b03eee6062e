import { describe, expect, it } from "vitest";
import { buildMatchView, realSpan } from "@/lib/claims/match-view";
import { normalizeArticleText } from "@/lib/claims/normalize-article-text";
import { cutsWord } from "@/lib/claims/word-boundaries";

describe("the one text normalisation of every entry point", () => {
  it("turns CRLF and CR into LF, drops a BOM and trims, so offsets match the LF copy (case 7)", () => {
    const lf = "Ministers met on Friday.\n\n“We agreed,” one said.";
    const crlf = `\uFEFF${lf.replaceAll("\n", "\r\n")}\r\n`;
    const cr = lf.replaceAll("\n", "\r");
    expect(normalizeArticleText(crlf)).toBe(lf);
    expect(normalizeArticleText(cr)).toBe(lf);
    expect(normalizeArticleText(normalizeArticleText(crlf))).toBe(lf);
    expect(normalizeArticleText(crlf).indexOf("“We agreed")).toBe(lf.indexOf("“We agreed"));
  });
});

describe("the normalised view used for matching", () => {
  it("folds whitespace, invisible characters, Unicode forms, quotes and dashes, mapping back to real offsets", () => {
    const text = "He won’t\u00a0go —\r\n\tsaid Besanc\u0327on’s mayor\u00ad.";
    const view = buildMatchView(text);
    expect(view.text).toBe("He won't go - said Besançon's mayor.");
    const from = view.text.indexOf("Besançon");
    expect(realSpan(view, from, from + "Besançon".length)).toEqual({
      start: text.indexOf("Besanc"),
      end: text.indexOf("’s mayor"),
    });
    const space = view.text.indexOf(" said");
    expect(realSpan(view, space, space + 1)).toEqual({ start: text.indexOf("\r"), end: text.indexOf("said") });
  });

  it("maps characters outside the BMP by UTF-16 units", () => {
    const text = "👋 “bonjour”";
    const view = buildMatchView(text);
    expect(view.text).toBe('👋 "bonjour"');
    expect(realSpan(view, 3, view.text.length)).toEqual({ start: 3, end: text.length });
  });
});

describe("word and number boundaries", () => {
  it.each([
    ["Inflation hit 14% in May.", "Inflation hit 1".length, true],
    ["Inflation hit 14% in May.", "Inflation hit ".length, false],
    ["It cut 3,500 jobs.", "It cut 3,".length, true],
    ["It grew 12.5 percent.", "It grew 12".length, true],
    ["It ended. 5 people left.", "It ended".length, false],
    ["reporters", 3, true],
  ])("%j at %i cuts a word or number: %s", (text, offset, cuts) => {
    expect(cutsWord(text, offset)).toBe(cuts);
  });
});
