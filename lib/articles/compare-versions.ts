// What changed between two versions of an article, word by word, with long unchanged stretches
// shortened to their ends so a correction is easy to spot.
import { diffWordsWithSpace } from "diff";

export type Change = { kind: "same" | "added" | "removed"; text: string };

const CONTEXT = 60;

export function compareVersions(before: string, after: string): Change[] {
  return diffWordsWithSpace(before, after).map((part) => {
    const kind = part.added ? "added" : part.removed ? "removed" : "same";
    if (kind !== "same" || part.value.length <= CONTEXT * 2 + 5) return { kind, text: part.value };
    return { kind, text: `${part.value.slice(0, CONTEXT)} … ${part.value.slice(-CONTEXT)}` };
  });
}
