// Every place where normalised words occur in a text, as spans of the real text, with how well
// the text around each place agrees with a remembered prefix and suffix.
import { type MatchView, normalizeForMatch, realSpan } from "./match-view";
import { cutsWord } from "./word-boundaries";

export type Occurrence = {
  /** UTF-16 offsets into the real text, end exclusive. */
  start: number;
  end: number;
  /** The same span in the normalised view. */
  viewStart: number;
  viewEnd: number;
};

/** More occurrences than this are not worth ranking: the words say nothing about the place. */
export const MAX_OCCURRENCES = 500;

export type CutAllowance = { start: boolean; end: boolean };

/**
 * Occurrences of `needle` (already normalised) in the view's text, leaving out those that would
 * start or end inside a word or number unless `allowCut` says the original span did too.
 */
export function findOccurrences(
  view: MatchView,
  realText: string,
  needle: string,
  allowCut: CutAllowance = { start: false, end: false },
): Occurrence[] {
  const found: Occurrence[] = [];
  if (!needle) return found;
  for (let at = view.text.indexOf(needle); at >= 0; at = view.text.indexOf(needle, at + 1)) {
    const { start, end } = realSpan(view, at, at + needle.length);
    if (!allowCut.start && cutsWord(realText, start)) continue;
    if (!allowCut.end && cutsWord(realText, end)) continue;
    found.push({ start, end, viewStart: at, viewEnd: at + needle.length });
    if (found.length > MAX_OCCURRENCES) break;
  }
  return found;
}

/** The normalised context a claim remembers (its stored prefix and suffix). */
export type Context = { prefix: string; suffix: string };

export function normalizeContext(prefix: string, suffix: string): Context {
  return { prefix: normalizeForMatch(prefix), suffix: normalizeForMatch(suffix) };
}

/** The context of an occurrence, read from the view, as long as the remembered one. */
export function contextOf(view: MatchView, occurrence: Occurrence, like: Context): Context {
  return {
    prefix: view.text.slice(Math.max(0, occurrence.viewStart - like.prefix.length), occurrence.viewStart),
    suffix: view.text.slice(occurrence.viewEnd, occurrence.viewEnd + like.suffix.length),
  };
}

/**
 * How far each side of an occurrence agrees with a remembered context, 0..1 per side: the share
 * of the remembered prefix that still ends right before it, and of the suffix that still
 * follows it. An empty remembered side (the claim stood at an end of the text) agrees only
 * with that end.
 */
export function agreement(
  view: MatchView,
  occurrence: Occurrence,
  remembered: Context,
): { prefix: number; suffix: number } {
  const actual = contextOf(view, occurrence, remembered);
  const prefix = remembered.prefix
    ? commonSuffix(remembered.prefix, actual.prefix) / remembered.prefix.length
    : occurrence.viewStart === 0
      ? 1
      : 0;
  const suffix = remembered.suffix
    ? commonPrefix(remembered.suffix, actual.suffix) / remembered.suffix.length
    : occurrence.viewEnd === view.text.length
      ? 1
      : 0;
  return { prefix, suffix };
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
