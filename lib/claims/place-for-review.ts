// Where to show a claim whose words no longer occur as they were: the words now standing where
// its old span went. With an exact offset map that is the mapped span; when the diff was capped
// (a rewrite), diff-match-patch's fuzzy `match` looks for the old words' beginning and end near
// where the map expects them. The span is widened to whole words. It is only shown for review:
// nothing is accepted without an editor.
import { match } from "@sanity/diff-match-patch";
import type { OffsetMap } from "./map-offsets";
import { cutsWord } from "./word-boundaries";

/** diff-match-patch's bitap matcher takes patterns of at most 32 characters. */
const MATCH_BITS = 32;
/** 0 = only a perfect match, 1 = anything; looser finds look-alikes, so stay strict. */
const MATCH_THRESHOLD = 0.3;

export function placeForReview(
  claim: { start: number; end: number; exact: string },
  newBody: string,
  offsets: OffsetMap,
): { start: number; end: number } {
  let start = Math.min(offsets.map(claim.start), newBody.length);
  let end = Math.max(start, Math.min(offsets.map(claim.end), newBody.length));
  if (!offsets.exact) {
    const found = approximateSpan(claim.exact, newBody, start);
    if (found) ({ start, end } = found);
  }
  while (start > 0 && cutsWord(newBody, start)) start--;
  while (end < newBody.length && cutsWord(newBody, end)) end++;
  return { start, end: Math.max(start, end) };
}

function approximateSpan(words: string, body: string, expected: number): { start: number; end: number } | null {
  if (!words.trim() || !body) return null;
  const options = { threshold: MATCH_THRESHOLD, distance: Math.max(1000, words.length * 4) };
  const head = words.slice(0, MATCH_BITS);
  const from = match(body, head, Math.min(expected, body.length), options);
  if (from < 0) return null;
  if (words.length <= MATCH_BITS) return { start: from, end: Math.min(body.length, from + words.length) };
  const tail = words.slice(-MATCH_BITS);
  const to = match(body, tail, Math.min(from + words.length - MATCH_BITS, body.length), options);
  if (to < 0 || to + MATCH_BITS <= from) return { start: from, end: Math.min(body.length, from + words.length) };
  const length = to + MATCH_BITS - from;
  // A span far longer or shorter than the old words is a coincidence, not the same passage.
  if (length > words.length * 2 || length * 2 < words.length) return null;
  return { start: from, end: Math.min(body.length, to + MATCH_BITS) };
}
