// Stored text printed as plain text on an operator's terminal (the CLI's listings and the mail
// outbox). Names and titles refuse control characters (name-text.ts), but older rows, mail bodies
// and statements may still hold them, and an ESC or BEL sent raw to a terminal retitles the
// window, clears the screen or hides what follows. Second line of defence: each C0 and C1 control
// character is shown as its escape (ESC as "\x1b"), so the operator sees it instead of obeying it.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_BUT_LINE_FEED = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;

const escapeOne = (character: string) => `\\x${character.charCodeAt(0).toString(16).padStart(2, "0")}`;

/**
 * `text` with every control character written as "\xNN" (a tab as "\x09", a carriage return as
 * "\x0d"). With `keepLineBreaks`, a line feed stays (a mail body's lines); otherwise it is escaped
 * too, so one value is one line. Linear.
 */
export function escapeControlCharacters(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  return text.replace(options.keepLineBreaks ? CONTROL_BUT_LINE_FEED : CONTROL, escapeOne);
}

// Characters that show nothing, or move what follows: format characters (zero-width space and
// joiners, BOM, soft hyphen, direction marks, bidi embeddings, overrides and isolates, tag
// characters), line and paragraph separators, and the Hangul fillers (letters that draw nothing).
// A bidi override printed raw reorders the rest of the terminal line.
const INVISIBLE = /[\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0]/gu;

const escapeInvisible = (character: string) => {
  const point = character.codePointAt(0)!;
  return point > 0xffff ? `\\u{${point.toString(16)}}` : `\\u${point.toString(16).padStart(4, "0")}`;
};

/**
 * `text` as one safe line: each control character as "\xNN" (escapeControlCharacters), each
 * invisible one as "\uNNNN" ("\u202e" for a right-to-left override, "\u{e0041}" beyond the BMP).
 * Linear.
 */
export function escapeInvisibleCharacters(text: string): string {
  return escapeControlCharacters(text).replace(INVISIBLE, escapeInvisible);
}

const JSON_UNSAFE = /[\u007F-\u009F\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0]/gu;

/**
 * JSON text (JSON.stringify's output) with every control or invisible character that JSON leaves
 * raw (DEL, C1, the ones escapeInvisibleCharacters names) written as its "\uNNNN" escape, each
 * UTF-16 unit apart; it parses back to the same values. Linear.
 */
export function escapeInvisibleInJson(json: string): string {
  return json.replace(JSON_UNSAFE, (character) =>
    Array.from(
      { length: character.length },
      (_, index) => `\\u${character.charCodeAt(index).toString(16).padStart(4, "0")}`,
    ).join(""),
  );
}
