// Look-alike names and titles (issue 13): invisible characters are dropped, bidi controls and
// words mixing scripts are refused with a message naming the word, and real names in any one
// script pass unchanged.
import { describe, expect, it } from "vitest";
import { cleanNameText, findLookAlike, NameText } from "@/lib/input/name-text";

const Name = NameText("the source name").trim().min(1, "the source name cannot be empty");

function parse(value: string) {
  const result = Name.safeParse(value);
  return result.success ? { value: result.data } : { problem: result.error.issues.map((issue) => issue.message) };
}

describe("names and titles that could pass for others", () => {
  it.each([
    "Le Monde",
    "La Dépêche du Midi",
    "Élysée Palace",
    "François Hollande",
    "Agence France-Presse",
    "Macron’s office (Élysée)",
    "Володимир Зеленський",
    "Міністерство оборони України",
    "Ελληνική Αστυνομία",
    "الجزيرة",
    "محمد بن سلمان",
    "שירות הביטחון הכללי",
    "東京新聞",
    "朝日新聞デジタル",
    "연합뉴스",
    "दैनिक भास्कर",
    "BBC News Русская служба",
    "G7 summit 2025",
    "Al-Araby Al-Jadeed (العربي الجديد)",
  ])("keeps %s as typed", (name) => {
    expect(parse(name)).toEqual({ value: name });
  });

  it("keeps a zero-width non-joiner inside a Persian word, where it changes the spelling", () => {
    expect(parse("خبرگزاری\u200Cها")).toEqual({ value: "خبرگزاری\u200Cها" });
  });

  it.each([
    ["Le\u200BMonde", "LeMonde"],
    ["Mac\u200Dron", "Macron"],
    ["Mac\u200Cron", "Macron"],
    ["\uFEFFReuters", "Reuters"],
    ["Reu\u00ADters", "Reuters"],
    ["Reuters\u2060", "Reuters"],
    ["\u200FAl Jazeera\u200E", "Al Jazeera"],
    ["Ｌｅ Ｍｏｎｄｅ", "Le Monde"],
    ["ﬁnancial times", "financial times"],
    ["Reuters\u{E0041}\u{E0042}", "Reuters"],
    ["\u3164", ""],
  ])("drops what cannot be seen: %j becomes %j", (typed, stored) => {
    expect(cleanNameText(typed)).toBe(stored);
  });

  it("refuses a name left empty once invisible characters are dropped", () => {
    expect(parse("\u200B\u200B")).toEqual({ problem: ["the source name cannot be empty"] });
  });

  it.each([
    ["M\u0430cron", "the source name mixes Latin and Cyrillic letters in the word “M\u0430cron”"],
    ["Le Mоnde", "the source name mixes Latin and Cyrillic letters in the word “Mоnde”"],
    ["Reuter\u0455", "the source name mixes Latin and Cyrillic letters in the word “Reuter\u0455”"],
    ["Ρeuters", "the source name mixes Greek and Latin letters in the word “Ρeuters”"],
    ["Зеленсkий", "the source name mixes Cyrillic and Latin letters in the word “Зеленсkий”"],
    ["Alجزيرة", "the source name mixes Latin and Arabic letters in the word “Alجزيرة”"],
  ])("refuses %s, a word written in two scripts", (name, message) => {
    const result = parse(name);
    expect(result.problem).toHaveLength(1);
    expect(result.problem![0]).toBe(`${message}, which makes it look like another name; type the word in one script`);
  });

  it.each([
    ["Le Monde\u202E", "U+202E"],
    ["\u202Dlive\u202C", "U+202D"],
    ["\u2067Reuters\u2069", "U+2067"],
    ["a\u202Ab", "U+202A"],
  ])("refuses %j, which holds a bidi control", (name, code) => {
    expect(parse(name).problem).toEqual([
      `the source name contains an invisible direction control (${code}), which shows the text in another order than it is stored; remove it`,
    ]);
  });

  it("allows what one language writes in one word: Japanese Latin, Han and kana", () => {
    expect(findLookAlike("iPhone用ケース")).toBeNull();
    expect(findLookAlike("ソニーgroup")).toBeNull();
  });

  it("finds a mixed word at the end of a 90,000-character name", () => {
    const name = `${"Mac".repeat(30_000)}\u0430`;
    expect(findLookAlike(name)).toMatch(/mixes Latin and Cyrillic/);
  });

  // Review finding: names and titles reached the terminal and mail text with control characters.
  it.each([
    ["Evil\r\nBcc: victim@example.com", "a line break (U+000D)"],
    ["Evil\nBcc: victim@example.com", "a line break (U+000A)"],
    ["Evil \u001b[31mRED\u001b[0m", "an escape character (U+001B)"],
    ["Esc \u001b]0;PWNED\u0007 title \u001b[2J", "an escape character (U+001B)"],
    ["Bell\u0007", "a bell character (U+0007)"],
    ["Le\tMonde", "a tab (U+0009)"],
    ["Le\u007fMonde", "a control character (U+007F)"],
    ["Le\u0085Monde", "a control character (U+0085)"],
    ["Le \u009b31mMonde", "a control character (U+009B)"],
  ])("refuses the control characters of %j", (name, what) => {
    expect(parse(name)).toEqual({
      problem: [`the source name contains ${what}, which a name or title cannot hold; remove it`],
    });
  });
});
