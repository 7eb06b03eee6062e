import { describe, expect, it } from "vitest";
import { locateAnnotatedQuote, type QuoteSelector } from "@/lib/claims/locate-annotated-quote";
import { buildMatchView } from "@/lib/claims/match-view";

function locate(body: string, selector: QuoteSelector, order?: Parameters<typeof locateAnnotatedQuote>[3]) {
  return locateAnnotatedQuote(body, buildMatchView(body), selector, order);
}

const weiss = "Critics said the budget is dead. Dr. Weiß later said the budget is dead, too.";

describe("placing an imported quote", () => {
  it("finds a quote typed with a straight apostrophe in a text with a curly one, and NFC in NFD (case 4)", () => {
    const body = "The senator said she won’t run. She was born in Besanc\u0327on.";
    const apostrophe = locate(body, { quote: "she won't run" });
    expect(apostrophe.exact).toBe("she won’t run");
    expect(body.slice(apostrophe.start, apostrophe.end)).toBe(apostrophe.exact);
    const accent = locate(body, { quote: "born in Besançon" });
    expect(accent.exact).toBe("born in Besanc\u0327on");
  });

  it("takes the occurrence the cue identifies, not the first (case 5)", () => {
    const anchor = locate(weiss, { quote: "the budget is dead", cue: "Dr. Weiß later said", speaker: "Dr. Weiß" });
    expect(anchor.start).toBe(weiss.lastIndexOf("the budget is dead"));
    const critics = locate(weiss, { quote: "the budget is dead", cue: "Critics said", speaker: "Critics" });
    expect(critics.start).toBe(weiss.indexOf("the budget is dead"));
  });

  it("takes the occurrence the speaker's name identifies when there is no cue", () => {
    const anchor = locate(weiss, { quote: "the budget is dead", speaker: "Anna Weiß" });
    expect(anchor.start).toBe(weiss.lastIndexOf("the budget is dead"));
  });

  it("takes the occurrence its position or its context identifies", () => {
    const second = weiss.lastIndexOf("the budget is dead");
    expect(locate(weiss, { quote: "the budget is dead", start: second, end: second + 18 }).start).toBe(second);
    expect(locate(weiss, { quote: "the budget is dead", prefix: "later said " }).start).toBe(second);
    expect(locate(weiss, { quote: "the budget is dead", suffix: "." }).start).toBe(weiss.indexOf("the budget"));
  });

  it("refuses an ambiguous quote, naming the places", () => {
    expect(() => locate(weiss, { quote: "the budget is dead" })).toThrow(
      'the quote "the budget is dead" occurs 2 times (at 13–31, 53–71) and nothing says which is meant; add start/end, or prefix/suffix',
    );
  });

  it("gives a quote annotated as often as it occurs its places in reading order", () => {
    const first = locate(weiss, { quote: "the budget is dead" }, { taken: new Set(), sameQuoteCount: 2 });
    const second = locate(weiss, { quote: "the budget is dead" }, { taken: new Set([first.start]), sameQuoteCount: 2 });
    expect([first.start, second.start]).toEqual([13, 53]);
  });

  it.each([" ", "", "…", " — ", "“”"])("refuses a degenerate quote %j like an empty one (case 6)", (quote) => {
    expect(() => locate("He said “ ” — then … nothing.", { quote })).toThrow(
      /holds no words, only spaces or punctuation/,
    );
  });

  it("refuses offsets that do not hold the quote, and a quote found only inside a number", () => {
    expect(() => locate(weiss, { quote: "the budget is dead", start: 0, end: 18 })).toThrow(
      'start–end 0–18 holds "Critics said the b", not the quote "the budget is dead"',
    );
    expect(() => locate("Inflation hit 14% in May.", { quote: "4%" })).toThrow(
      'the quote "4%" occurs only inside longer words or numbers (at 15–17); quote whole words',
    );
    expect(() => locate(weiss, { quote: "the budget is alive" })).toThrow(
      'the quote "the budget is alive" does not occur in the article text',
    );
  });
});
