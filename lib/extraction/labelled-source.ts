// Where the speaker of a labelled attribution is written: the labeller's source run, widened
// where it is a lone determiner ("The | billionaire businessman"), or the subject before a cue
// found without any source.
import { findNames } from "./find-names.ts";
import type { LabelledAttribution } from "./label-attributions.ts";
import { findAntecedent, isRelativePronoun } from "./relative-antecedent.ts";
import { pickSubject, type Range } from "./speech-verbs.ts";

type Context = { text: string; masked: string };

const LONE_DETERMINER = /^(?:the|a|an|this|that|these|those)$/i;
const DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const TIME_OPENING = new RegExp(
  String.raw`^(?:(?:last|next|this|earlier|later)\s+(?:week|month|year|night|weekend|spring|summer|fall|autumn|winter|${DAY})|(?:on\s+)?${DAY}|earlier|later|yesterday|today|tonight)\b,?\s+`,
  "i",
);

// A cue the labeller found without its source ("Donald Trump is telling attendees that…",
// "Marco Rubio flipped his choice – saying…"): the subject of the words before the cue, when
// they open with one. Null when the cue follows its content or no subject stands before it.
function subjectBeforeCue(ctx: Context, unitStart: number, cue: Range, content: Range): Range | null {
  if (cue.start < unitStart || content.start < cue.end) return null;
  const before = ctx.masked.slice(unitStart, cue.start);
  const picked = pickSubject(before, before.length);
  if (!picked) return null;
  // "Last week Stumpf appeared to blame…": the time opening the clause is not its subject.
  const time = TIME_OPENING.exec(before.slice(picked.subject.start, picked.subject.end))?.[0].length ?? 0;
  const from = picked.subject.start + time;
  const phrase = before.slice(from, picked.subject.end);
  const head = findNames(phrase)[0];
  const pronoun = /^(?:he|she|they|it)\b/i.exec(phrase);
  const short = phrase.split(/\s+/).length <= 4 && /^\p{Lu}/u.test(phrase) && !/^(?:The|A|An|This|That)\b/.test(phrase);
  // A name or pronoun opening a longer predicate is its subject ("Kasich is telling…").
  const end = short
    ? picked.subject.end
    : head?.start === 0
      ? from + head.end
      : pronoun
        ? from + pronoun[0].length
        : null;
  if (end === null || (short && !head && !pronoun)) return null;
  return { start: unitStart + from, end: unitStart + end };
}

/**
 * The range of text naming who spoke in a labelled attribution (UTF-16 offsets into the
 * article), or null when the text names no one for it. `span` is the claim's extent.
 */
export function sourceOfLabelled(ctx: Context, unitStart: number, a: LabelledAttribution, span: Range): Range | null {
  const { source, cue } = a;
  if (!source) {
    const subject = cue ? subjectBeforeCue(ctx, unitStart, cue, span) : null;
    // "This initiative, referred to as…": a determiner alone is no one's name.
    return subject && !LONE_DETERMINER.test(ctx.text.slice(subject.start, subject.end).trim()) ? subject : null;
  }
  const word = ctx.text.slice(source.start, source.end).trim();
  // "Jeb Bush, who ended his bid, said…": the speaker is the phrase "who" stands for.
  if (isRelativePronoun(word)) return findAntecedent(ctx.text, source.start, unitStart);
  // "The | billionaire businessman began…": a lone determiner opens the phrase that runs to the cue.
  if (LONE_DETERMINER.test(word)) {
    const gap = cue && cue.start > source.end ? ctx.text.slice(source.end, cue.start) : "";
    if (/^[\s\p{L}’'-]+$/u.test(gap) && gap.trim().split(/\s+/).length <= 5)
      return { start: source.start, end: source.end + gap.trimEnd().length };
    // A determiner alone names no one ("This initiative, referred to as…" is no attribution).
    return null;
  }
  return source;
}
