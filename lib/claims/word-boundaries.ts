// Whether an offset cuts a word or a number in two: a span may only start or end inside a word
// when the words it was anchored to did too ("4%" must never land in "14%", "500" never in
// "3,500").

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const DIGIT = /\p{Nd}/u;
const NUMBER_JOINER = /[.,\u00a0\u202f\u2009']/u;

/** True when the characters on both sides of `offset` belong to one word or one number. */
export function cutsWord(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = charBefore(text, offset);
  const after = charAfter(text, offset);
  if (WORD_CHAR.test(before) && WORD_CHAR.test(after)) return true;
  // 3,500 / 12.5 / 1 000: a separator between digits joins one number.
  if (DIGIT.test(after) && NUMBER_JOINER.test(before) && DIGIT.test(charBefore(text, offset - before.length)))
    return true;
  if (DIGIT.test(before) && NUMBER_JOINER.test(after) && DIGIT.test(charAfter(text, offset + after.length)))
    return true;
  return false;
}

/** Whether a string holds a letter or a digit (a quote of only spaces or punctuation holds none). */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

function charBefore(text: string, offset: number): string {
  if (offset <= 0) return "";
  const low = text.charCodeAt(offset - 1);
  return low >= 0xdc00 && low <= 0xdfff && offset >= 2
    ? text.slice(offset - 2, offset)
    : text.slice(offset - 1, offset);
}

function charAfter(text: string, offset: number): string {
  if (offset >= text.length) return "";
  return String.fromCodePoint(text.codePointAt(offset)!);
}
