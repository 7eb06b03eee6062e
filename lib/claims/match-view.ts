// A normalised view of a text for matching words that did not change although their characters
// did: whitespace runs (NBSP and line breaks included) become one space; zero-width characters
// and soft hyphens vanish; each character cluster is NFKC-normalised (NFD "ç" = NFC "ç");
// curly quotes, apostrophes and dashes fold to one form. An offset map leads every character
// of the view back to the span of the real text it came from, so a match in the view is a
// span of the stored body.

export type MatchView = {
  /** The normalised text. */
  text: string;
  /** For view index i, the UTF-16 offset in the real text where its source starts. */
  starts: number[];
  /** For view index i, the UTF-16 offset in the real text where its source ends (exclusive). */
  ends: number[];
};

const WHITESPACE = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff\u180e]/u;
const COMBINING = /\p{M}/u;
const FOLDED: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u2032": "'",
  "\u02bc": "'",
  "`": "'",
  "\u00b4": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u201f": '"',
  "\u2033": '"',
  "\u00ab": '"',
  "\u00bb": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
};

/** Builds the normalised view of a text (linear in its length). */
export function buildMatchView(text: string): MatchView {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  while (at < text.length) {
    const codePoint = text.codePointAt(at)!;
    const char = String.fromCodePoint(codePoint);
    if (INVISIBLE.test(char)) {
      at += char.length;
      continue;
    }
    if (WHITESPACE.test(char)) {
      let end = at + 1;
      while (end < text.length && (WHITESPACE.test(text[end]!) || INVISIBLE.test(text[end]!))) end++;
      push(" ", at, end);
      at = end;
      continue;
    }
    // A cluster: this character and the combining marks after it, normalised together.
    let end = at + char.length;
    while (end < text.length) {
      const next = String.fromCodePoint(text.codePointAt(end)!);
      if (!COMBINING.test(next)) break;
      end += next.length;
    }
    for (const piece of text.slice(at, end).normalize("NFKC")) push(FOLDED[piece] ?? piece, at, end);
    at = end;
  }
  return { text: out.join(""), starts, ends };

  function push(piece: string, start: number, end: number) {
    for (let i = 0; i < piece.length; i++) {
      out.push(piece[i]!);
      starts.push(start);
      ends.push(end);
    }
  }
}

/** The normalised form of a short string (a quote, a prefix, a cue). */
export function normalizeForMatch(text: string): string {
  return buildMatchView(text).text;
}

/** The real span [start, end) of the text that view indices [from, to) came from. */
export function realSpan(view: MatchView, from: number, to: number): { start: number; end: number } {
  return { start: view.starts[from]!, end: view.ends[to - 1]! };
}

/** The view index where real offset `offset` falls (the first view character at or after it). */
export function viewIndexAt(view: MatchView, offset: number): number {
  let low = 0;
  let high = view.starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (view.starts[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
