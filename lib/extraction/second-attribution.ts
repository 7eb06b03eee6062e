// A second attribution with a subject of its own, coordinated inside the content the first one
// opens: "Roe said the fees were too high and Voss said they were fair", "About half say A,
// while about 4 in 10 say B". The first verb's content stops before the coordinator; the second
// clause is read as a frame of its own, so each speaker keeps only their own words. The learned
// labeller splits some of these (coordinated-attribution.ts); this reads the grammar itself.
import { countWords } from "./find-quotes.ts";
import type { Frame } from "./frame.ts";
import { parseFrame } from "./parse-frame.ts";
import { findSpeechVerbs, type Range } from "./speech-verbs.ts";

// The coordinator and the second clause's subject, right before its verb (and an adverb or
// auxiliary or two): ", while about 4 in 10 | say", " and Voss | said", "; the mayor | has said".
// The subject is a short noun phrase: up to seven words, no comma, no quotation.
const JOINT_AND_SUBJECT =
  /(,\s*(?:and|but|while|whereas|yet)\s+|\s(?:and|but|while|whereas|yet)\s+|\s*;\s*)((?:[\p{L}\p{N}][\p{L}\p{N}.'’&-]*\s+){0,6}[\p{L}\p{N}][\p{L}\p{N}.'’&-]*)\s+(?:(?:also|then|later|still|now|has|have|had)\s+)*$/u;
// Words that make the "subject" a clause, or an object of the first content ("and that the
// council", "but not the mayor", "and when officials"); a coordinator ("; and posted").
const NOT_A_SUBJECT =
  /\b(?:that|who|whom|whose|which|what|where|when|why|how|if|because|as|is|was|were|are|be|been|being|will|would|can|could|do|does|did|may|might|must|should|not|never|no|to|him|her|them|me|us|and|or|but|so)\b/i;
// A phrase opening with a preposition is when or where the first subject spoke again ("but in a
// later interview said"), not a second subject.
const PREPOSITION_FIRST =
  /^(?:in|on|at|during|after|before|for|with|without|from|by|over|under|through|since|until|later|earlier|again|also|then)\b/i;
// "and" also joins nouns ("said the mayor and the council announced…"): a short run of words
// before it with no finite verb (nor a pronoun subject) is the first of two nouns, not a clause.
const CLAUSE_VERB =
  /\b(?:is|was|are|were|has|have|had|will|would|can|could|did|does|do|may|might|must|should|\p{Ll}{2,}ed|\p{Ll}+n['’]t)\b/u;
const NOUN_WORDS = 5;
// How far before a verb its coordinator and subject are looked for (UTF-16 code units): seven
// words and a coordinator.
const JOINT_WINDOW = 200;
const SEPARATOR = /[\s,;:—–-]/;

/** Where `text` ends before `end` once separators (spaces, commas, dashes…) are left off; linear. */
function trimmedEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && SEPARATOR.test(text[at - 1] as string)) at--;
  return at;
}

/** Whether `words`, right before "and", are the first of two nouns sharing one verb rather than
 * a clause of their own ("the mayor" is, "the budget was too small" is not). */
export const joinsNouns = (words: string): boolean =>
  countWords(words) <= NOUN_WORDS && !CLAUSE_VERB.test(words) && !/^(?:he|she|they|it|we|i|you)\s/iu.test(words.trim());

// The first content keeps at least this many words (subject and verb of a clause, and more).
const MIN_WORDS = 3;
// Reporting verbs looked at inside one content: a news sentence holds a handful.
const MAX_VERBS = 8;

/** `frame` cut before the second clause (`cut`, an offset into the unit), and the second
 * clause's own frame, read on the unit from `next` on (its offsets relative to `next`). */
export type SecondAttribution = { first: Frame; cut: number; next: number; second: Frame };

/**
 * The second attribution coordinated inside the first content of a preposed `frame` ("X said A
 * and Y said B"), or null when the content holds none. `masked` and `text` are the unit's words,
 * with and without quotations masked; offsets are UTF-16 code units into them.
 */
export function findSecondAttribution(masked: string, text: string, frame: Frame): SecondAttribution | null {
  const content = frame.contents[0];
  if (frame.mode !== "pre" || !content) return null;
  const inside = masked.slice(content.start, content.end);
  for (const hit of findSpeechVerbs(inside).slice(0, MAX_VERBS)) {
    const before = inside.slice(0, hit.start);
    // The coordinator and subject end at the verb: only the words just before it are read, so
    // a long run of spaces costs no more than ordinary words.
    const tailStart = Math.max(0, before.length - JOINT_WINDOW);
    const m = JOINT_AND_SUBJECT.exec(before.slice(tailStart));
    if (!m?.[1] || !m[2] || NOT_A_SUBJECT.test(m[2]) || PREPOSITION_FIRST.test(m[2])) continue;
    const at = tailStart + m.index;
    const kept = before.slice(0, trimmedEnd(before, at));
    // A masked quotation counts as words.
    if (countWords(kept.replace(/~+/g, " w ")) < MIN_WORDS) continue;
    if (/^\s*,?\s*and\b/.test(m[1]) && joinsNouns(kept)) continue;
    const next = content.start + at + m[1].length;
    const second = parseFrame(masked.slice(next), text.slice(next));
    // The rest must read as the subject's own saying, with its words after the verb.
    if (!second || second.mode !== "pre" || second.subject?.start !== 0) continue;
    const cut = content.start + kept.length;
    const first: Frame = {
      ...frame,
      contents: [{ start: content.start, end: cut }, ...frame.contents.slice(1).filter((c: Range) => c.end <= cut)],
    };
    return { first, cut, next, second };
  }
  return null;
}
