// The CLI's plain-text printers show control characters as escapes instead of sending them to the
// terminal (review finding: stored names and mail printed raw by `outbox` and `articles`).
import { describe, expect, it } from "vitest";
import { escapeControlCharacters, escapeInvisibleCharacters, escapeInvisibleInJson } from "@/lib/input/terminal-text";

describe("control characters printed to a terminal", () => {
  it("escapes ESC, BEL and C1 controls in a title", () => {
    expect(escapeControlCharacters("Esc \u001b]0;PWNED\u0007 title \u001b[2J")).toBe(
      "Esc \\x1b]0;PWNED\\x07 title \\x1b[2J",
    );
    expect(escapeControlCharacters("Evil \u009b31mRED\u0085")).toBe("Evil \\x9b31mRED\\x85");
  });

  it("keeps one value on one line: CR, LF and TAB are escaped", () => {
    expect(escapeControlCharacters("Evil\r\nBcc: victim@example.com\t")).toBe(
      "Evil\\x0d\\x0aBcc: victim@example.com\\x09",
    );
  });

  it("keeps a mail body's line feeds when asked, and escapes the rest", () => {
    expect(escapeControlCharacters("Hello\r\n\u001b[31mRED\u001b[0m\nbye", { keepLineBreaks: true })).toBe(
      "Hello\\x0d\n\\x1b[31mRED\\x1b[0m\nbye",
    );
  });

  it("leaves names in any script, and their joiners, as they are", () => {
    for (const name of ["La Dépêche du Midi", "Володимир Зеленський", "الجزيرة", "خبرگزاری\u200Cها", "東京新聞"])
      expect(escapeControlCharacters(name)).toBe(name);
  });
});

describe("invisible characters printed to a terminal or in JSON", () => {
  it("escapes a bidi override, zero-width characters and tag characters, and controls as before", () => {
    expect(escapeInvisibleCharacters("Jane\u202ERoe\u0007")).toBe("Jane\\u202eRoe\\x07");
    expect(escapeInvisibleCharacters("Le\u200BMonde\uFEFF\u2066x\u2069\u{E0041}")).toBe(
      "Le\\u200bMonde\\ufeff\\u2066x\\u2069\\u{e0041}",
    );
    expect(escapeInvisibleCharacters("La Dépêche du Midi")).toBe("La Dépêche du Midi");
  });

  it("writes them as JSON escapes that parse back to the same value", () => {
    const value = { name: "Jane\u202ERoe\u0007\u0085\u{E0041}" };
    const json = escapeInvisibleInJson(JSON.stringify(value));
    expect(json).toBe('{"name":"Jane\\u202eRoe\\u0007\\u0085\\udb40\\udc41"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});
