// W3C Web Annotation style anchoring of a claim in an article body: a position selector
// (UTF-16 offsets, end exclusive) plus a quote selector (exact, prefix, suffix).
import { AppError } from "../errors";
import { normalizeForMatch } from "./match-view";
import { hasWords } from "./word-boundaries";

export const ANCHOR_CONTEXT_LENGTH = 32;

export type TextAnchor = {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
};

export function anchorSpan(body: string, start: number, end: number): TextAnchor {
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= start) {
    throw new AppError(
      "INVALID",
      `span ${start}–${end} is empty or reversed: the end must come after the start; re-select the claim`,
    );
  }
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > body.length) {
    throw new AppError(
      "INVALID",
      `span ${start}–${end} is outside the article text (0–${body.length}); re-select the claim`,
    );
  }
  return {
    start,
    end,
    exact: body.slice(start, end),
    prefix: body.slice(wholeCharacterAt(body, Math.max(0, start - ANCHOR_CONTEXT_LENGTH), +1), start),
    suffix: body.slice(end, wholeCharacterAt(body, Math.min(body.length, end + ANCHOR_CONTEXT_LENGTH), -1)),
  };
}

/**
 * Checks that a span sent by an editor (a selection, an accepted suggestion) still holds the
 * words it was selected from. The words are compared on the normalised view (lib/claims/
 * match-view.ts), since a browser's selection turns NBSP into a space; the anchor keeps the
 * body's own characters. A span of only spaces or punctuation is refused.
 */
export function anchorQuotedSpan(body: string, start: number, end: number, exact: string): TextAnchor {
  const anchor = anchorSpan(body, start, end);
  if (anchor.exact !== exact && normalizeForMatch(anchor.exact) !== normalizeForMatch(exact)) {
    throw new AppError(
      "INVALID",
      `span ${start}–${end} does not match the article text; the article may have been edited — re-select the claim`,
    );
  }
  if (!hasWords(anchor.exact)) {
    throw new AppError(
      "INVALID",
      `span ${start}–${end} holds no words, only spaces or punctuation; select the claim's words`,
    );
  }
  return anchor;
}

/** Moves an offset off the middle of a surrogate pair, so context never holds half an emoji. */
function wholeCharacterAt(body: string, offset: number, direction: 1 | -1): number {
  const code = body.charCodeAt(offset);
  const insidePair = offset > 0 && offset < body.length && code >= 0xdc00 && code <= 0xdfff;
  return insidePair ? offset + direction : offset;
}
