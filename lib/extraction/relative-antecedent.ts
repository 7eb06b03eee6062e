import { findNames } from "./find-names.ts";

// "Jeb Bush, who ended his bid on Saturday, said…": a relative pronoun read as a speaker stands
// for the phrase it follows, so the speaker is that phrase ("Jeb Bush"), not the word "who".

const RELATIVE_PRONOUN = /^(?:who|which|that)$/i;
// Where the antecedent phrase starts: a clause mark, a quotation mark or the sentence start.
const PHRASE_BREAK = /[,;:()—–“”"]|\s-\s/g;

export const isRelativePronoun = (word: string) => RELATIVE_PRONOUN.test(word.trim());

/**
 * Whether `phrase` (with its relative pronoun or not) is the last two items of a list of bare
 * nouns after a comma ("…is a liar, braggart, bully and blowhard who…"): the pronoun stands for
 * the whole list, whose start the commas do not show. `before` is the text before the phrase.
 */
export function closesBareList(before: string, phrase: string): boolean {
  return (
    /,\s*$/.test(before) && /^\p{Ll}[\p{L}-]*\s+and\s+\p{Ll}[\p{L}-]*(?:\s+(?:who|which)\b.*)?$/u.test(phrase.trim())
  );
}

/** Whether the relative pronoun at `at` closes a list of bare nouns (closesBareList), from `floor` on. */
export function followsBareList(text: string, at: number, floor: number): boolean {
  const before = text.slice(floor, at).replace(/\s+$/, "");
  const comma = before.lastIndexOf(",");
  return comma >= 0 && closesBareList(before.slice(0, comma + 1), before.slice(comma + 1));
}

/**
 * The phrase a relative pronoun at `at` refers to, as UTF-16 offsets into `text`, searched no
 * further back than `floor` (the sentence start); null when no phrase of at most eight words
 * stands there ("…, which" after a whole clause is left alone).
 */
export function findAntecedent(text: string, at: number, floor: number): { start: number; end: number } | null {
  const before = text.slice(floor, at).replace(/[\s,]+$/, "");
  let from = 0;
  for (const m of before.matchAll(PHRASE_BREAK)) from = m.index + m[0].length;
  // "The senator said that the bill, which…": the phrase starts after the clause's "that".
  const clause = [...before.slice(from).matchAll(/\b(?:that|said|says)\s+/g)].pop();
  if (clause) from += clause.index + clause[0].length;
  const lead = /^\s*/.exec(before.slice(from))?.[0].length ?? 0;
  // "Among those who want…": the preposition is not part of the phrase.
  const preposition = /^(?:among|in|of|for|from|with|to|at|on|by)\s+(?=\S)/i.exec(before.slice(from + lead));
  const start = from + lead + (preposition?.[0].length ?? 0);
  if (start >= before.length) return null;
  const phrase = before.slice(start);
  if (closesBareList(before.slice(0, start), phrase)) return null;
  // "Cruz is praising Jeb Bush, who…": a name closing the phrase is what "who" follows.
  const name = findNames(phrase).pop();
  if (name && name.end === phrase.length && (name.start === 0 || /\s$/.test(phrase.slice(0, name.start))))
    return { start: floor + start + name.start, end: floor + before.length };
  // "overconfidence among Democrats, who…": the words after the last preposition.
  const after = [
    ...phrase.matchAll(/\s(?:of|by|with|among|to|for|from|in|on|at|about|against|over|between)\s+/g),
  ].pop();
  const head = after && phrase.split(/\s+/).length > 5 ? after.index + after[0].length : 0;
  if (phrase.slice(head).split(/\s+/).length > 5) return null;
  return { start: floor + start + head, end: floor + before.length };
}
