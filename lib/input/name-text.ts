// Names and titles that read as something they are not (issue 13): a source named "Mаcron" with a
// Cyrillic "а", "Le\u200BMonde" with a zero-width space, or a title whose letters a bidi override
// displays in another order than they are stored. One rule for every path that names a source or
// titles an article (the editor, the CMS webhook, imports, the CLI, accepted suggestions):
// - normalised: NFKC (fullwidth "Ｌｅ Ｍｏｎｄｅ" becomes "Le Monde", ligatures are split), and
//   invisible characters that carry nothing in a name are dropped (zero-width space, word joiner,
//   BOM, soft hyphen, tag characters, Hangul fillers, direction marks); a zero-width joiner or
//   non-joiner stays only between letters of a script that joins (Persian "می‌خواهم", Hindi);
// - refused: bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), and a word
//   that mixes scripts beyond what one language writes together (Unicode TS #39's "highly
//   restrictive" level: one script, or Latin with Han and Japanese kana, Han with Bopomofo, or
//   Han with Hangul). Words wholly in one script pass, whatever the script: "Le Monde",
//   "Élysée", "Володимир Зеленський", "الجزيرة", "東京新聞";
// - refused: C0 and C1 control characters (U+0000–U+001F, U+007F–U+009F), among them CR, LF and
//   TAB (a name is one line), ESC and BEL: "Evil\r\nBcc: …" would add a header to a mail text, and
//   "\u001b[2J" would drive the terminal of whoever lists the name. Refused rather than removed,
//   so that what is stored is what was typed.
import { z } from "zod";

const INVISIBLE =
  /[\u00AD\u180E\u200B\u200E\u200F\u061C\u2060-\u2064\uFEFF\u115F\u1160\u3164\uFFA0]|\u{E0000}|[\u{E0001}-\u{E007F}]/gu;
const JOINERS = /[\u200C\u200D]/g;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;
const CONTROL_NAMES: Record<number, string> = {
  9: "a tab",
  10: "a line break",
  13: "a line break",
  27: "an escape character",
  7: "a bell character",
};
// A joiner is kept only between letters of scripts that use it; around these it only hides.
const NON_JOINING_LETTER = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

const SCRIPTS = [
  "Latin",
  "Cyrillic",
  "Greek",
  "Armenian",
  "Georgian",
  "Hebrew",
  "Arabic",
  "Syriac",
  "Thaana",
  "Devanagari",
  "Bengali",
  "Gurmukhi",
  "Gujarati",
  "Oriya",
  "Tamil",
  "Telugu",
  "Kannada",
  "Malayalam",
  "Sinhala",
  "Thai",
  "Lao",
  "Tibetan",
  "Myanmar",
  "Hangul",
  "Ethiopic",
  "Cherokee",
  "Khmer",
  "Mongolian",
  "Hiragana",
  "Katakana",
  "Bopomofo",
  "Han",
  "Canadian_Aboriginal",
] as const;
type Script = (typeof SCRIPTS)[number];
const SCRIPT_OF = new RegExp(SCRIPTS.map((script) => `(\\p{Script=${script}})`).join("|"), "u");
const WORD = /[\p{L}\p{M}\p{N}\u200C\u200D]+/gu;
// Scripts written together within one word (UTS #39, section 5.2, "highly restrictive").
const TOGETHER: ReadonlyArray<ReadonlySet<Script>> = [
  new Set<Script>(["Latin", "Han", "Hiragana", "Katakana"]),
  new Set<Script>(["Latin", "Han", "Bopomofo"]),
  new Set<Script>(["Latin", "Han", "Hangul"]),
];
const SCRIPT_WORDS: Partial<Record<Script, string>> = { Canadian_Aboriginal: "Canadian syllabics" };

function scriptOf(character: string): Script | null {
  const match = SCRIPT_OF.exec(character);
  if (!match) return null;
  const index = match.findIndex((group, position) => position > 0 && group !== undefined);
  return SCRIPTS[index - 1]!;
}

function keepJoiner(text: string, offset: number): boolean {
  const before = text[offset - 1];
  const after = text[offset + 1];
  return [before, after].every(
    (neighbour) => neighbour !== undefined && LETTER_OR_MARK.test(neighbour) && !NON_JOINING_LETTER.test(neighbour),
  );
}

/** The name as stored: NFKC, without invisible characters (see the module header). Linear. */
export function cleanNameText(text: string): string {
  const normalized = text.normalize("NFKC").replace(INVISIBLE, "");
  return normalized.replace(JOINERS, (joiner, offset: number) => (keepJoiner(normalized, offset) ? joiner : ""));
}

/** The scripts of a word's letters, in order of first appearance (digits and marks have none). */
function scriptsOf(word: string): Script[] {
  const scripts: Script[] = [];
  for (const character of word) {
    if (character.charCodeAt(0) < 0x80) {
      if (/[A-Za-z]/.test(character) && !scripts.includes("Latin")) scripts.push("Latin");
      continue;
    }
    const script = scriptOf(character);
    if (script && !scripts.includes(script)) scripts.push(script);
  }
  return scripts;
}

function writtenTogether(scripts: Script[]): boolean {
  return scripts.length <= 1 || TOGETHER.some((allowed) => scripts.every((script) => allowed.has(script)));
}

/**
 * Why `text` (already cleaned) could pass for another name, as the end of a sentence starting with
 * what it is ("the source name …"), or null. Linear in the text's length.
 */
export function findLookAlike(text: string): string | null {
  const controlCharacter = CONTROL.exec(text);
  if (controlCharacter) {
    const point = controlCharacter[0].codePointAt(0)!;
    const code = point.toString(16).toUpperCase().padStart(4, "0");
    const what = CONTROL_NAMES[point] ?? "a control character";
    return `contains ${what} (U+${code}), which a name or title cannot hold; remove it`;
  }
  const control = BIDI_CONTROL.exec(text);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase();
    return `contains an invisible direction control (U+${code}), which shows the text in another order than it is stored; remove it`;
  }
  for (const [word] of text.matchAll(WORD)) {
    const scripts = scriptsOf(word);
    if (writtenTogether(scripts)) continue;
    const names = scripts.map((script) => SCRIPT_WORDS[script] ?? script.replace("_", " "));
    return `mixes ${names.join(" and ")} letters in the word “${word}”, which makes it look like another name; type the word in one script`;
  }
  return null;
}

/**
 * A string schema for a name or title: cleaned (cleanNameText), then refused when it could pass
 * for another (findLookAlike), with `what` starting the message ("the source name mixes …").
 * Chain length and character rules after it.
 */
export function NameText(what: string) {
  return z
    .string()
    .overwrite(cleanNameText)
    .superRefine((value, context) => {
      const problem = findLookAlike(value);
      if (problem) context.addIssue({ code: "custom", message: `${what} ${problem}` });
    });
}
