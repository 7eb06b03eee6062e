// Maps offsets of an old text onto a new version of it. The common beginning and end are cut
// off first (linear); the changed middle goes through jsdiff's word diff, capped at
// MAX_EDIT_TOKENS edits so that a fully rewritten article costs O(n · cap), not O(n²). Past
// the cap the middle maps proportionally and `exact` is false: re-anchoring then relies on
// searching each claim's words (lib/claims/reanchor-claim.ts), not on the map.
import { diffWordsWithSpace } from "diff";

/** Word-diff edits (tokens added or removed) beyond which the diff gives up. */
const MAX_EDIT_TOKENS = 300;

export type OffsetMap = {
  /** Where an old offset (UTF-16) stands in the new text; deleted text maps to where it was. */
  map(oldOffset: number): number;
  /** True when old [start, end) survived the edit unchanged, in one piece. */
  intact(start: number, end: number): boolean;
  /** False when the diff was capped and the changed middle maps only proportionally. */
  exact: boolean;
};

type Segment = { old: number; next: number; length: number; equal: boolean };

export function mapOffsets(oldText: string, newText: string): OffsetMap {
  let head = 0;
  const shortest = Math.min(oldText.length, newText.length);
  while (head < shortest && oldText.charCodeAt(head) === newText.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < shortest - head &&
    oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)
  )
    tail++;
  const oldMiddle = oldText.slice(head, oldText.length - tail);
  const newMiddle = newText.slice(head, newText.length - tail);

  const parts =
    oldMiddle && newMiddle ? diffWordsWithSpace(oldMiddle, newMiddle, { maxEditLength: MAX_EDIT_TOKENS }) : undefined;
  const segments: Segment[] = [];
  const add = (segment: Segment) => {
    const last = segments.at(-1);
    const joins = last && last.old + last.length === segment.old && last.next + last.length === segment.next;
    if (last && joins && last.equal && segment.equal) last.length += segment.length;
    else if (segment.length > 0 || !segment.equal) segments.push(segment);
  };
  add({ old: 0, next: 0, length: head, equal: true });
  let exact = true;
  if (parts) {
    let oldAt = head;
    let newAt = head;
    for (const part of parts) {
      const length = part.value.length;
      if (part.added) newAt += length;
      else {
        add({ old: oldAt, next: newAt, length, equal: !part.removed });
        oldAt += length;
        if (!part.removed) newAt += length;
      }
    }
  } else if (oldMiddle) {
    exact = !newMiddle;
    add({ old: head, next: head, length: oldMiddle.length, equal: false });
  }
  add({ old: oldText.length - tail, next: newText.length - tail, length: tail, equal: true });

  const find = (offset: number) => {
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (segments[mid]!.old <= offset) low = mid;
      else high = mid - 1;
    }
    return segments[low];
  };
  const proportional = !exact && oldMiddle.length > 0;
  return {
    exact,
    map(oldOffset) {
      const segment = find(oldOffset);
      if (!segment) return 0;
      if (oldOffset >= segment.old + segment.length) {
        // The end of the old text: right after what survived of it, not after text appended later.
        return segment.next + (segment.equal ? segment.length : 0);
      }
      if (segment.equal) return segment.next + (oldOffset - segment.old);
      if (proportional)
        return head + Math.round(((oldOffset - head) * newMiddle.length) / Math.max(1, oldMiddle.length));
      return segment.next;
    },
    intact(start, end) {
      const segment = find(start);
      return Boolean(segment?.equal && start >= segment.old && end <= segment.old + segment.length);
    },
  };
}
