// Zero-width and direction marks (U+200B, U+200E, U+200F, U+2060, U+FEFF) that copy pasted from
// the web leaves around quotation marks and words: the rules read them as the spaces they stand
// in for, while every suggestion keeps the article's own characters. Each mark is one UTF-16 code
// unit, as is the space put in its place, so offsets are the same in both texts.
import type { SuggestedClaim } from "./suggested-claim.ts";

const INVISIBLE = /[\u200B\u200E\u200F\u2060\uFEFF]/g;

/** `text` with each invisible mark replaced by a space (same length, same offsets). */
export function blankInvisibleMarks(text: string): string {
  return text.replace(INVISIBLE, " ");
}

// How far from its claim a cue is looked for: the cue is in the claim's sentence or the one
// before it ("Roe said: ¶ “…”").
const CUE_WINDOW = 2000;

/**
 * The claims read on `blanked` with their text and cue taken back from `original` (the text as
 * given): a new array, claims copied. A cue not found near its claim is kept as read.
 */
export function restoreVerbatim(claims: SuggestedClaim[], original: string, blanked: string): SuggestedClaim[] {
  if (original === blanked) return claims;
  return claims.map((claim) => {
    let cue = claim.cue;
    if (cue !== null) {
      const from = Math.max(0, claim.start - CUE_WINDOW);
      const at = blanked.slice(from, claim.end + CUE_WINDOW).indexOf(cue);
      if (at >= 0) cue = original.slice(from + at, from + at + cue.length);
    }
    return { ...claim, text: original.slice(claim.start, claim.end), cue };
  });
}
