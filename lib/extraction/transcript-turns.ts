// Transcripts set as dialogue ("WALLACE: Let's start…" then "PENCE: Well, look…"): each turn is
// said by the person its capitalised label names, whatever the turn's own words attribute.
import { type ExtractionContext, pushClaim } from "./attribute-frame.ts";
import { expandPersonName } from "./find-names.ts";
import type { Range } from "./speech-verbs.ts";

// A paragraph opening with one to three capitalised words and a colon, maybe after the quotation
// mark that opens a quoted transcript.
const LABEL = /^[ \t]*["“]?(\p{Lu}[\p{Lu}'’.-]+(?:[ \t]\p{Lu}[\p{Lu}'’.-]+){0,2}):[ \t]+(?=\S)/gmu;

type Turn = { label: string; paragraph: number; cue: Range; words: Range };

/**
 * The turns of a transcript in `text` (UTF-16 offsets): paragraphs opening with a label that
 * opens at least one other paragraph too, when at least two labels do so ("WALLACE:",
 * "PENCE:"). A one-off "UPDATE:" or "VIDEO:" heading is no transcript. Linear in the text.
 */
function findTranscriptTurns(text: string): Turn[] {
  const found: Turn[] = [];
  for (const m of text.matchAll(LABEL)) {
    const label = m[1] ?? "";
    const cueStart = m.index + m[0].indexOf(label);
    const lineEnd = text.indexOf("\n", m.index);
    let end = lineEnd < 0 ? text.length : lineEnd;
    while (end > m.index && /\s/.test(text[end - 1] ?? "")) end--;
    const start = m.index + m[0].length;
    if (end > start)
      found.push({
        label,
        paragraph: m.index,
        cue: { start: cueStart, end: cueStart + label.length + 1 },
        words: { start, end },
      });
  }
  const count = new Map<string, number>();
  for (const t of found) count.set(t.label, (count.get(t.label) ?? 0) + 1);
  const speakers = [...count].filter(([, n]) => n >= 2);
  if (speakers.length < 2) return [];
  return found.filter((t) => (count.get(t.label) ?? 0) >= 2);
}

const titleCase = (label: string) =>
  label.toLowerCase().replace(/(^|[\s'’.-])(\p{Ll})/gu, (_, a, b) => a + b.toUpperCase());

/** Replaces the suggestions inside each transcript turn by the turn itself, said by its label's person. */
export function attributeTranscriptTurns(ctx: ExtractionContext): void {
  const turns = findTranscriptTurns(ctx.text);
  if (turns.length === 0) return;
  const inside = (c: Range) => turns.some((t) => c.start >= t.paragraph && c.end <= t.words.end);
  ctx.claims = ctx.claims.filter((c) => !inside(c));
  for (const t of turns) {
    const name = expandPersonName(titleCase(t.label), ctx.state.people);
    pushClaim(ctx, t.words, "paraphrase", {
      speaker: { name, kind: "person" },
      route: { indirect: false, via: [], steps: [], sources: [], audience: null, basis: "explicit" },
      cue: ctx.text.slice(t.cue.start, t.cue.end),
      paragraph: -1,
      via: "transcript",
    });
  }
}
