// What a correction changed, for the notice readers see on a published article: the changed
// passages of the body, each as its words before and after with a few unchanged words around
// them, read from the capped version comparison (compare-versions.ts). Changes a few words
// apart (their context would overlap) are one passage. Bounded output whatever the edit: at most MAX_EDITS passages of at most
// MAX_PASSAGE characters each (a longer one keeps its ends), the rest counted in `more`.
import { z } from "zod";
import { type Change, compareVersions } from "./compare-versions";

const CorrectionEdit = z.object({ before: z.string(), after: z.string() });
export const CorrectionSummary = z.object({
  /** The changed passages in reading order; `before` (`after`) is empty for a paragraph added (removed) whole. */
  edits: z.array(CorrectionEdit),
  /** Passages changed beyond those listed. */
  more: z.number().int().nonnegative(),
  /** The title before and after, when the correction changed it. */
  title: CorrectionEdit.nullable(),
});
export type CorrectionSummary = z.infer<typeof CorrectionSummary>;

const MAX_EDITS = 5;
const MAX_PASSAGE = 240;
/** Unchanged words shown on each side of a passage. */
const CONTEXT_WORDS = 4;
/** Unchanged words between two changes that still make them one passage (their contexts would overlap). */
const JOIN_WORDS = CONTEXT_WORDS * 2;

/** Compares two versions of an article (body and title) as the correction notice shows it. */
export function summarizeCorrection(
  before: { body: string; title: string },
  after: { body: string; title: string },
): CorrectionSummary {
  const changes = compareVersions(before.body, after.body);
  const groups: { first: number; last: number }[] = [];
  changes.forEach((change, index) => {
    if (change.kind === "same") return;
    const open = groups.at(-1);
    const between = changes.slice((open?.last ?? index) + 1, index);
    if (open && between.every((part) => part.kind !== "same" || joins(part.text))) open.last = index;
    else groups.push({ first: index, last: index });
  });
  const edits = groups.slice(0, MAX_EDITS).map(({ first, last }) => {
    const lead = changes[first - 1]?.kind === "same" ? lastWords(changes[first - 1]!.text) : "";
    const trail = changes[last + 1]?.kind === "same" ? firstWords(changes[last + 1]!.text) : "";
    const inside = changes.slice(first, last + 1);
    const side = (kind: Change["kind"]) =>
      inside
        .filter((part) => part.kind === "same" || part.kind === kind)
        .map((part) => part.text)
        .join("");
    const removed = side("removed");
    const added = side("added");
    // Context stops at a paragraph break: a new paragraph is shown without the one before it.
    const starts = /^\s*\n/.test(removed) || /^\s*\n/.test(added);
    const ends = /\n\s*$/.test(removed) || /\n\s*$/.test(added);
    const around = (changed: string) => shorten(`${starts ? "" : lead}${changed}${ends ? "" : trail}`.trim());
    return { before: around(removed), after: around(added) };
  });
  return {
    edits: edits.filter((edit) => edit.before || edit.after),
    more: Math.max(0, groups.length - MAX_EDITS),
    title: before.title === after.title ? null : { before: shorten(before.title), after: shorten(after.title) },
  };
}

function joins(text: string): boolean {
  return !text.includes("\n") && words(text).length <= JOIN_WORDS;
}

function words(text: string): string[] {
  return text.match(/\S+/g) ?? [];
}

function lastWords(text: string): string {
  const paragraph = text.slice(text.lastIndexOf("\n") + 1);
  const kept = words(paragraph).slice(-CONTEXT_WORDS).join(" ");
  return kept ? `${kept}${/\s$/.test(paragraph) ? " " : ""}` : "";
}

function firstWords(text: string): string {
  const cut = text.indexOf("\n");
  const paragraph = cut < 0 ? text : text.slice(0, cut);
  const kept = words(paragraph).slice(0, CONTEXT_WORDS).join(" ");
  return kept ? `${/^\s/.test(paragraph) ? " " : ""}${kept}` : "";
}

function shorten(text: string): string {
  if (text.length <= MAX_PASSAGE) return text;
  const half = Math.floor((MAX_PASSAGE - 3) / 2);
  return `${text.slice(0, half)} … ${text.slice(-half)}`;
}
