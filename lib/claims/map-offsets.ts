// Maps offsets of an old text onto a new version of it, through a word-level diff (jsdiff):
// text that survives the edit maps to where it now stands; deleted text maps to where the
// deletion happened.
import { diffWordsWithSpace } from "diff";

export type OffsetMap = (oldOffset: number) => number;

export function mapOffsets(oldText: string, newText: string): OffsetMap {
  // Anchors: [old offset, new offset] at the start of every part of the diff.
  const anchors: Array<{ old: number; next: number; equal: boolean; length: number }> = [];
  let oldAt = 0;
  let newAt = 0;
  for (const part of diffWordsWithSpace(oldText, newText)) {
    const length = part.value.length;
    if (part.added) {
      newAt += length;
    } else if (part.removed) {
      anchors.push({ old: oldAt, next: newAt, equal: false, length });
      oldAt += length;
    } else {
      anchors.push({ old: oldAt, next: newAt, equal: true, length });
      oldAt += length;
      newAt += length;
    }
  }
  return (oldOffset) => {
    for (const anchor of anchors) {
      if (oldOffset < anchor.old + anchor.length)
        return anchor.equal ? anchor.next + (oldOffset - anchor.old) : anchor.next;
    }
    // The end of the old text: right after what survived of it, not after text appended later.
    const last = anchors.at(-1);
    return last ? last.next + (last.equal ? last.length : 0) : 0;
  };
}
