// Quotation spans in curly or straight marks, closed within their paragraph (a quote left open
// at a paragraph's end, as news style does for multi-paragraph quotes, closes there). Two
// apostrophes ('') are one double mark, as in copy set for typewriter-style quotes.
export type QuoteSpan = { start: number; end: number };

const OPENERS: Record<string, string> = { "“": "”", '"': '"', "‘": "’", "'": "'" };

function isOpeningStraight(text: string, i: number): boolean {
  const before = i === 0 ? " " : (text[i - 1] ?? " ");
  const after = text[i + 1] ?? " ";
  return /[\s([{—–-]/.test(before) && /\S/.test(after);
}

function isClosingSingle(text: string, i: number): boolean {
  const before = text[i - 1] ?? "";
  const after = text[i + 1] ?? " ";
  return /[\p{L}\p{N}.,!?;:]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

// "''" is one double mark, opening before a word and closing after one.
const isDoubledApostrophe = (text: string, i: number) => text[i] === "'" && text[i + 1] === "'";

function scanParagraph(text: string, from: number, to: number, singles: boolean, out: QuoteSpan[]): void {
  let open: { at: number; close: string } | null = null;
  for (let i = from; i < to; i++) {
    if (isDoubledApostrophe(text, i)) {
      if (open?.close === "''") {
        out.push({ start: open.at, end: i + 2 });
        open = null;
      } else if (!open && /[\s([{—–-]/.test(text[i - 1] ?? " ") && /\S/.test(text[i + 2] ?? " ")) {
        open = { at: i, close: "''" };
      }
      i++;
      continue;
    }
    const ch = text[i] ?? "";
    if (open) {
      const closes = ch === open.close && (open.close === '"' || open.close === "”" || isClosingSingle(text, i));
      if (closes) {
        out.push({ start: open.at, end: i + 1 });
        open = null;
      }
      continue;
    }
    if (ch === "“" || (ch === '"' && isOpeningStraight(text, i))) open = { at: i, close: OPENERS[ch] ?? ch };
    else if (singles && (ch === "‘" || (ch === "'" && isOpeningStraight(text, i)))) {
      open = { at: i, close: OPENERS[ch] ?? ch };
    }
  }
  if (open) {
    let end = to;
    while (end > open.at + 1 && /\s/.test(text[end - 1] ?? "")) end--;
    out.push({ start: open.at, end });
  }
}

export function findQuotes(text: string): QuoteSpan[] {
  // Single marks are quotation marks only in copy that never uses double ones (British style);
  // elsewhere they are apostrophes or quotes within quotes.
  const singles = !/[“"]|''/.test(text);
  const out: QuoteSpan[] = [];
  let from = 0;
  while (from <= text.length) {
    const nl = text.indexOf("\n", from);
    const to = nl < 0 ? text.length : nl;
    scanParagraph(text, from, to, singles, out);
    if (nl < 0) break;
    from = nl + 1;
  }
  return out;
}

// Hides quoted words so attribution patterns never fire inside what someone said.
export function maskQuotes(text: string, quotes: QuoteSpan[]): string {
  // Split by UTF-16 code unit so that indices stay those of the original string.
  const chars = text.split("");
  for (const q of quotes) {
    const mark = isDoubledApostrophe(text, q.start) ? 2 : 1;
    for (let i = q.start + mark; i < q.end - mark; i++) if (chars[i] !== "\n") chars[i] = "~";
  }
  return chars.join("");
}

export const countWords = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
