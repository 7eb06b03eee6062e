import { describe, expect, it } from "vitest";
import { ANCHOR_CONTEXT_LENGTH, anchorQuotedSpan, anchorSpan } from "@/lib/claims/text-anchor";
import { AppError } from "@/lib/errors";

const body =
  "Macron’s office noted on Sunday that no recording was available of the president’s dialogue with journalists " +
  "from regional French newspapers on Friday night. “Ukraine is sovereign,” he said; “Ukraine is sovereign” was the line of the day.";

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected an AppError");
}

describe("anchorSpan", () => {
  it("anchors a span with its exact text and 32 characters of context each side", () => {
    const start = body.indexOf("no recording");
    const end = start + "no recording was available".length;
    const anchor = anchorSpan(body, start, end);
    expect(ANCHOR_CONTEXT_LENGTH).toBe(32);
    expect(anchor).toEqual({
      start,
      end,
      exact: "no recording was available",
      prefix: "n’s office noted on Sunday that ",
      suffix: " of the president’s dialogue wit",
    });
    expect(anchor.prefix).toHaveLength(32);
    expect(anchor.suffix).toHaveLength(32);
  });

  it("shortens the context at the edges of the body", () => {
    const atStart = anchorSpan(body, 0, "Macron’s office".length);
    expect(atStart).toMatchObject({ exact: "Macron’s office", prefix: "" });
    expect(atStart.suffix).toHaveLength(32);

    const atEnd = anchorSpan(body, body.length - "the day.".length, body.length);
    expect(atEnd).toMatchObject({ exact: "the day.", suffix: "" });
    expect(atEnd.prefix).toHaveLength(32);

    const near = anchorSpan("He said “non”.", 8, 13);
    expect(near).toEqual({ start: 8, end: 13, exact: "“non”", prefix: "He said ", suffix: "." });
  });

  it("accepts the whole body", () => {
    expect(anchorSpan(body, 0, body.length)).toMatchObject({ exact: body, prefix: "", suffix: "" });
  });

  it.each([
    ["an empty span", 12, 12],
    ["an end before the start", 20, 10],
  ])("rejects %s, saying the end must come after the start", (_, start, end) => {
    const error = thrown(() => anchorSpan(body, start, end));
    expect(error.code).toBe("INVALID");
    expect(error.message).toBe(
      `span ${start}–${end} is empty or reversed: the end must come after the start; re-select the claim`,
    );
  });

  it.each([
    ["a negative start", -1, 10],
    ["an end beyond the body", 0, body.length + 1],
    ["a fractional start", 1.5, 10],
    ["a fractional end", 1, 9.5],
    ["NaN", Number.NaN, 10],
  ])("rejects %s, telling the editor to re-select", (_, start, end) => {
    const error = thrown(() => anchorSpan(body, start, end));
    expect(error.code).toBe("INVALID");
    expect(error.message).toBe(
      `span ${start}–${end} is outside the article text (0–${body.length}); re-select the claim`,
    );
  });
});

describe("anchorQuotedSpan", () => {
  it("returns the anchor when the editor's text still matches", () => {
    const start = body.indexOf("journalists");
    expect(anchorQuotedSpan(body, start, start + 11, "journalists")).toEqual(anchorSpan(body, start, start + 11));
  });

  it("says the article may have been edited when the text no longer matches", () => {
    const start = body.indexOf("journalists");
    const error = thrown(() => anchorQuotedSpan(body, start, start + 11, "journalistes"));
    expect(error.code).toBe("INVALID");
    expect(error.message).toBe(
      `span ${start}–${start + 11} does not match the article text; the article may have been edited — re-select the claim`,
    );
  });

  it("takes a straight apostrophe or a space for NBSP as the same words, keeping the body's characters", () => {
    const start = body.indexOf("president’s");
    expect(anchorQuotedSpan(body, start, start + 11, "president's").exact).toBe("president’s");
    const text = "It cost 3,500\u00a0jobs.";
    expect(anchorQuotedSpan(text, 8, 18, "3,500 jobs").exact).toBe("3,500\u00a0jobs");
  });

  it.each([" ", "…", "“ ”"])("refuses a span of only spaces or punctuation (%j)", (exact) => {
    const text = `He paused${exact}then spoke.`;
    expect(() => anchorQuotedSpan(text, 9, 9 + exact.length, exact)).toThrow(/holds no words/);
  });

  it("reports an out-of-range span as out of range, not as an edit", () => {
    expect(() => anchorQuotedSpan(body, 0, body.length + 5, "x")).toThrow(/is outside the article text/);
  });
});

describe("offsets with characters outside the Basic Multilingual Plane", () => {
  const emojiBody = "Zoë 🇫🇷 said “bonjour 👋” to the crowd 😀, then left.";

  it("counts UTF-16 code units, as String.prototype.slice does", () => {
    const anchor = anchorSpan(emojiBody, emojiBody.indexOf("“bonjour"), emojiBody.indexOf("“bonjour") + 12);
    // "Zoë " is 4 units, the flag is 4 (two regional indicators, each a surrogate pair), " said " 6.
    expect(anchor.start).toBe(14);
    expect(anchor.end).toBe(14 + "“bonjour 👋”".length);
    expect("“bonjour 👋”".length).toBe(12);
    expect(emojiBody.slice(anchor.start, anchor.end)).toBe(anchor.exact);
    expect(anchor.prefix).toBe("Zoë 🇫🇷 said ");
    expect(anchor.suffix).toBe(emojiBody.slice(anchor.end, anchor.end + 32));
  });

  it("lets a span be re-anchored from its offsets", () => {
    const anchor = anchorSpan(emojiBody, emojiBody.indexOf("the crowd"), emojiBody.indexOf("the crowd") + 12);
    expect(anchorQuotedSpan(emojiBody, anchor.start, anchor.end, "the crowd 😀")).toEqual(anchor);
    expect(anchor.end - anchor.start).toBe(12);
  });

  it("allows a span to end exactly after an emoji at the end of the body", () => {
    const text = "Starmer: “peace” 🕊️";
    const anchor = anchorSpan(text, 17, text.length);
    expect(anchor.exact).toBe("🕊️");
    expect(anchor.suffix).toBe("");
  });
});

describe("context at emoji boundaries", () => {
  it("never cuts a surrogate pair in the prefix or suffix", () => {
    // The 32-unit window would start on the emoji's low surrogate and end on the next one's high surrogate.
    const body = `😀${"x".repeat(31)}claim${"y".repeat(31)}😀`;
    const start = body.indexOf("claim");
    expect(start - ANCHOR_CONTEXT_LENGTH).toBe(1);
    const anchor = anchorSpan(body, start, start + 5);
    expect(anchor.prefix).toBe("x".repeat(31));
    expect(anchor.suffix).toBe("y".repeat(31));
  });
});
