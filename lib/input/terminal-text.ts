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
