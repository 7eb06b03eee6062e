// Sentences (from wink-nlp) located by offset, tagged with their paragraph, then merged into
// "units" so that a quotation running over several sentences is read as one piece.

import model from "wink-eng-lite-web-model";
import winkNLP, { type ItemSentence } from "wink-nlp";
import type { QuoteSpan } from "./find-quotes.ts";

export type Sentence = { start: number; end: number; paragraph: number };
export type Unit = Sentence & { quotes: QuoteSpan[] };

// Loading the model takes a moment; do it once per process.
let nlp: ReturnType<typeof winkNLP> | null = null;
export const loadNlp = () => (nlp ??= winkNLP(model));

function paragraphOf(lineStarts: number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function pushTrimmed(text: string, start: number, end: number, out: Array<{ start: number; end: number }>): void {
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  if (end > start) out.push({ start, end });
}

export function splitSentences(text: string): Sentence[] {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const raw: Array<{ start: number; end: number }> = [];
  let cursor = 0;
  loadNlp()
    .readDoc(text)
    .sentences()
    .each((sentence: ItemSentence) => {
      const value = sentence.out().trim();
      if (!value) return;
      const at = text.indexOf(value, cursor);
      // wink keeps the original characters, so a miss means odd spacing: fall back to the cursor.
      const start = at >= 0 ? at : cursor;
      const end = at >= 0 ? at + value.length : Math.min(text.length, cursor + value.length);
      // A sentence never runs over a line break: headlines and datelines have no full stop.
      let from = start;
      for (let i = start; i < end; i++) {
        if (text[i] === "\n") {
          pushTrimmed(text, from, i, raw);
          from = i + 1;
        }
      }
      pushTrimmed(text, from, end, raw);
      cursor = end;
    });
  return joinLowercaseOpenings(text, raw).map((s) => ({ ...s, paragraph: paragraphOf(lineStarts, s.start) }));
}

// "(D-S." of "(D-S.C.)": a sentence does not end inside a parenthesis.
const openParenthesis = (sentence: string) => sentence.split("(").length > sentence.split(")").length;

// wink ends a sentence after "Sen. Jane Roe (D-Ga.)" or "(R-Fla.)"; a sentence of news copy never
// opens with a lowercase word or a comma, so one that does ("said the bill…", ", who backed it,
// said…") goes on with the line before, and one cut inside a parenthesis goes on to its close.
function joinLowercaseOpenings(
  text: string,
  raw: Array<{ start: number; end: number }>,
): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const s of raw) {
    const last = out[out.length - 1];
    const sameLine = last !== undefined && !text.slice(last.end, s.start).includes("\n");
    if (
      last &&
      sameLine &&
      (/^[\p{Ll},;]/u.test(text[s.start] ?? "") || openParenthesis(text.slice(last.start, last.end)))
    )
      last.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

// The index of the first quote starting at or after `at` (quotes sorted by start).
function firstQuoteFrom(quotes: QuoteSpan[], at: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((quotes[mid] as QuoteSpan).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Sentences joined where one quotation runs across them, each unit with its quotes. `quotes`
 * are disjoint and in text order, as findQuotes returns them, so each sentence looks at one
 * quote (the last opening before the unit's end) and each unit at its own: linear in the text.
 */
export function buildUnits(sentences: Sentence[], quotes: QuoteSpan[]): Unit[] {
  const units: Unit[] = [];
  for (const s of sentences) {
    const last = units[units.length - 1];
    // Disjoint quotes end in the order they start: the last one opening inside the unit is the
    // only one that can still be open at this sentence.
    const open = last ? quotes[firstQuoteFrom(quotes, last.end) - 1] : undefined;
    const insideOpenQuote =
      last !== undefined &&
      open !== undefined &&
      last.paragraph === s.paragraph &&
      open.start >= last.start - 1 &&
      open.end > s.start;
    if (last && insideOpenQuote) last.end = Math.max(last.end, s.end);
    else units.push({ ...s, quotes: [] });
  }
  for (const u of units) {
    for (let i = firstQuoteFrom(quotes, u.start); i < quotes.length; i++) {
      const q = quotes[i] as QuoteSpan;
      if (q.start > u.end) break;
      if (q.end <= u.end + 1) u.quotes.push(q);
    }
  }
  return units;
}
