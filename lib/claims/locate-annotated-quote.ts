// Finds where an annotation's quote stands in an article body, for imports and accepted
// suggestions. The quote is matched on the normalised view (typographic apostrophes, Unicode
// form, whitespace), never at a place that cuts a word or number. When the words occur more
// than once, the annotation must say which: by start/end, by prefix/suffix, or by a cue or
// speaker in the same sentence; failing that, a quote annotated as many times as it occurs is
// taken in reading order. Anything else is refused, naming the places, rather than guessed.
import { AppError } from "../errors";
import { agreement, findOccurrences, normalizeContext, type Occurrence } from "./find-occurrences";
import { type MatchView, normalizeForMatch } from "./match-view";
import { anchorSpan, type TextAnchor } from "./text-anchor";
import { hasWords } from "./word-boundaries";

export type QuoteSelector = {
  quote: string;
  /** UTF-16 offsets into the stored (normalised) body, end exclusive. */
  start?: number;
  end?: number;
  /** Text right before and after the quote (any length; compared on the normalised view). */
  prefix?: string;
  suffix?: string;
  cue?: string | null;
  speaker?: string | null;
};

export type QuoteOrder = {
  /** Real start offsets already given to earlier claims with the same words. */
  taken: ReadonlySet<number>;
  /** How many claims of the annotation quote these same words. */
  sameQuoteCount: number;
};

/** How far (UTF-16 units) around a quote a cue or speaker is looked for. */
const SENTENCE_REACH = 400;

/** Throws AppError INVALID with a message for the editor when the quote cannot be placed surely. */
export function locateAnnotatedQuote(
  body: string,
  view: MatchView,
  selector: QuoteSelector,
  order: QuoteOrder = { taken: new Set(), sameQuoteCount: 1 },
): TextAnchor {
  const { quote } = selector;
  const shown = `"${quote.slice(0, 80)}${quote.length > 80 ? "…" : ""}"`;
  if (!hasWords(quote)) {
    throw new AppError(
      "INVALID",
      `the quote ${shown} holds no words, only spaces or punctuation; give the claim's words`,
    );
  }
  const words = normalizeForMatch(quote);
  if (selector.start !== undefined && selector.end !== undefined) {
    const anchor = anchorSpan(body, selector.start, selector.end);
    if (normalizeForMatch(anchor.exact) !== words) {
      throw new AppError(
        "INVALID",
        `start–end ${selector.start}–${selector.end} holds "${anchor.exact.slice(0, 80)}", not the quote ${shown}; fix the offsets (UTF-16, end exclusive) or leave them out`,
      );
    }
    return anchor;
  }

  let candidates = findOccurrences(view, body, words);
  if (candidates.length === 0) {
    const inside = findOccurrences(view, body, words, { start: true, end: true });
    throw new AppError(
      "INVALID",
      inside.length
        ? `the quote ${shown} occurs only inside longer words or numbers (at ${places(inside)}); quote whole words`
        : `the quote ${shown} does not occur in the article text`,
    );
  }
  if (selector.prefix || selector.suffix) {
    const remembered = normalizeContext(selector.prefix ?? "", selector.suffix ?? "");
    const agreeing = candidates.filter((candidate) => {
      const agree = agreement(view, candidate, remembered);
      return (!remembered.prefix || agree.prefix === 1) && (!remembered.suffix || agree.suffix === 1);
    });
    if (agreeing.length === 0) {
      throw new AppError(
        "INVALID",
        `the quote ${shown} occurs at ${places(candidates)}, but never with the given prefix/suffix`,
      );
    }
    candidates = agreeing;
  }
  if (candidates.length === 1) return anchorSpan(body, candidates[0]!.start, candidates[0]!.end);

  for (const hint of [selector.cue, selector.speaker, lastName(selector.speaker)]) {
    if (!hint || !hasWords(hint)) continue;
    const near = candidates.filter((candidate) => sharesSentence(body, view, candidate, normalizeForMatch(hint)));
    if (near.length === 1) return anchorSpan(body, near[0]!.start, near[0]!.end);
    if (near.length > 1) candidates = near;
  }
  const free = candidates.filter((candidate) => !order.taken.has(candidate.start));
  if (order.sameQuoteCount >= candidates.length && free.length > 0)
    return anchorSpan(body, free[0]!.start, free[0]!.end);
  throw new AppError(
    "INVALID",
    `the quote ${shown} occurs ${candidates.length} times (at ${places(candidates)}) and nothing says which is meant; add start/end, or prefix/suffix`,
  );
}

function places(found: Occurrence[]): string {
  const listed = found.slice(0, 5).map((o) => `${o.start}–${o.end}`);
  return found.length > 5 ? `${listed.join(", ")}, …` : listed.join(", ");
}

function lastName(speaker: string | null | undefined): string | null {
  const last = speaker?.trim().split(/\s+/).at(-1);
  return last && last.length >= 3 && last !== speaker?.trim() ? last : null;
}

/** Whether `hint` occurs in the same sentence as the candidate, before or after it. */
function sharesSentence(body: string, view: MatchView, candidate: Occurrence, hint: string): boolean {
  const from = Math.max(0, candidate.viewStart - SENTENCE_REACH);
  const to = Math.min(view.text.length, candidate.viewEnd + SENTENCE_REACH);
  for (let at = view.text.indexOf(hint, from); at >= 0 && at < to; at = view.text.indexOf(hint, at + 1)) {
    const hintStart = view.starts[at]!;
    const hintEnd = view.ends[at + hint.length - 1]!;
    if (hintEnd > to + SENTENCE_REACH) break;
    const between =
      hintEnd <= candidate.start
        ? body.slice(hintEnd, candidate.start)
        : hintStart >= candidate.end
          ? body.slice(candidate.end, hintStart)
          : "";
    if (!SENTENCE_BREAK.test(between)) return true;
  }
  return false;
}

const SENTENCE_BREAK = /[.!?…]['"’”»)\]]*\s|\n/u;
