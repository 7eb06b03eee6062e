// The edits an editor makes to a draft before accepting it, as pure functions of the draft: move
// a source to another step (side by side with others, or a step of its own), out of the chain or
// back, say whether the article had the claim second-hand, change the speaker or a source's type, move
// the span.
import type { SourceType } from "../vocabulary";
import type { ClaimDraft, DraftSource } from "./claim-draft";

/** Where a source goes: a step index (steps.length makes a new last step), or out of the chain. */
export type SourcePlace = number | "unplaced";

export function moveSource(draft: ClaimDraft, name: string, place: SourcePlace): ClaimDraft {
  const moving = [...draft.steps.flat(), ...draft.unplaced].find((source) => source.name === name);
  if (!moving) return draft;
  const steps = draft.steps.map((step) => step.filter((source) => source.name !== name));
  const unplaced = draft.unplaced.filter((source) => source.name !== name);
  if (place === "unplaced") unplaced.push(moving);
  else if (place >= steps.length) steps.push([moving]);
  else steps[place] = [...steps[place]!, moving];
  const kept = steps.filter((step) => step.length > 0);
  // A relay in the chain means the article had the claim through someone else.
  return { ...draft, steps: kept, unplaced, indirect: place === "unplaced" ? draft.indirect : true };
}

/** Unticking "indirect" takes every relay out of the chain: the article heard the speaker itself. */
export function setIndirect(draft: ClaimDraft, indirect: boolean): ClaimDraft {
  if (indirect) return { ...draft, indirect };
  return { ...draft, indirect, steps: [], unplaced: [...draft.unplaced, ...draft.steps.flat()] };
}

/**
 * The type of a source in the chain or named but not placed, as the editor records it: the draft
 * proposes one read from the text and the name, shown for the editor to confirm or change.
 */
export function setSourceType(draft: ClaimDraft, name: string, type: SourceType): ClaimDraft {
  const retype = (source: DraftSource) => (source.name === name ? { ...source, type } : source);
  return { ...draft, steps: draft.steps.map((step) => step.map(retype)), unplaced: draft.unplaced.map(retype) };
}

export function setSpeaker(draft: ClaimDraft, speaker: DraftSource | null): ClaimDraft {
  if (speaker) return { ...draft, speaker };
  return { ...draft, speaker: null, indirect: false, steps: [], unplaced: [...draft.unplaced, ...draft.steps.flat()] };
}

/** The span moved to new offsets of the body; null when they cover no words. */
export function setSpan(draft: ClaimDraft, body: string, start: number, end: number): ClaimDraft | null {
  let from = Math.max(0, start);
  let to = Math.min(body.length, end);
  while (from < to && /\s/.test(body[from]!)) from++;
  while (to > from && /\s/.test(body[to - 1]!)) to--;
  if (to <= from) return null;
  return { ...draft, start: from, end: to, text: body.slice(from, to) };
}

/** One end of the span moved by a word: outwards (grow) or inwards (shrink). */
export function nudgeSpan(
  draft: ClaimDraft,
  body: string,
  edge: "start" | "end",
  change: "grow" | "shrink",
): ClaimDraft | null {
  const word = /[^\s]+/g;
  const words: Array<[number, number]> = [];
  for (let match = word.exec(body); match; match = word.exec(body))
    words.push([match.index, match.index + match[0].length]);
  if (edge === "start") {
    const starts = words.map(([start]) => start);
    const next =
      change === "grow"
        ? [...starts].reverse().find((start) => start < draft.start)
        : starts.find((start) => start > draft.start);
    return next === undefined ? null : setSpan(draft, body, next, draft.end);
  }
  const ends = words.map(([, end]) => end);
  const next =
    change === "grow" ? ends.find((end) => end > draft.end) : [...ends].reverse().find((end) => end < draft.end);
  return next === undefined ? null : setSpan(draft, body, draft.start, next);
}
