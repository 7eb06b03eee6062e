// What changed between two versions of an article, word by word, with long unchanged stretches
// shortened to their ends so a correction is easy to spot. The common beginning and end are cut
// off first; the word diff of the rest is capped (jsdiff's maxEditLength), and past the cap the
// changed middle is shown as removed then added, so a full rewrite costs linear time, not O(n²).
import { diffWordsWithSpace } from "diff";

export type Change = { kind: "same" | "added" | "removed"; text: string };

const CONTEXT = 60;
/** Word-diff edits beyond which the middle is shown as one removal and one addition. */
const MAX_EDIT_TOKENS = 300;

export function compareVersions(before: string, after: string): Change[] {
  let head = 0;
  const shortest = Math.min(before.length, after.length);
  while (head < shortest && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < shortest - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  // Whole words only: "would" → "could" is a changed word, not a changed letter.
  while (head > 0 && /\S/.test(before[head - 1]!)) head--;
  while (tail > 0 && /\S/.test(before[before.length - tail]!)) tail--;
  const removed = before.slice(head, before.length - tail);
  const added = after.slice(head, after.length - tail);
  const middle =
    removed && added
      ? (diffWordsWithSpace(removed, added, { maxEditLength: MAX_EDIT_TOKENS }) ?? [
          { value: removed, removed: true, added: false },
          { value: added, added: true, removed: false },
        ])
      : [
          { value: removed, removed: true, added: false },
          { value: added, added: true, removed: false },
        ];
  const parts = [
    { value: before.slice(0, head), added: false, removed: false },
    ...middle,
    { value: before.slice(before.length - tail), added: false, removed: false },
  ];
  const changes: Change[] = [];
  for (const part of parts) {
    if (!part.value) continue;
    const kind = part.added ? "added" : part.removed ? "removed" : "same";
    const last = changes.at(-1);
    if (last?.kind === kind) last.text += part.value;
    else changes.push({ kind, text: part.value });
  }
  return changes.map(({ kind, text }) =>
    kind !== "same" || text.length <= CONTEXT * 2 + 5
      ? { kind, text }
      : { kind, text: `${text.slice(0, CONTEXT)} … ${text.slice(-CONTEXT)}` },
  );
}
