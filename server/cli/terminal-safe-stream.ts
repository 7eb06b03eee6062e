// An export printed on a terminal (`claimtrail export` without --out, stdout a terminal): the
// report carries stored text as it was recorded (an article's quotes, notes, and names and titles
// stored before control characters were refused), and an ESC or BEL sent raw to a terminal
// retitles the window, clears the screen or hides what follows. There, each control character
// is shown as its escape ("\x1b"), as the CLI's listings do (lib/input/terminal-text.ts); line
// feeds, tabs and the CR of a CR LF line end stay. A file or a pipe gets the bytes unchanged.

import { Transform } from "node:stream";
import { StringDecoder } from "node:string_decoder";

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /\r(?!\n)|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

const escapeOne = (character: string) => `\\x${character.charCodeAt(0).toString(16).padStart(2, "0")}`;

/** `text` with every control character but LF, TAB and the CR of CR LF written as "\xNN". Linear. */
export function escapeForTerminal(text: string): string {
  return text.replace(CONTROL, escapeOne);
}

/** A UTF-8 stream in, the same text out with escapeForTerminal applied across chunk boundaries. */
export function terminalSafeStream(): Transform {
  const decoder = new StringDecoder("utf8");
  let held = "";
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      let text = held + decoder.write(chunk);
      // A CR at the end of a chunk may be the start of CR LF: decide with the next chunk.
      held = text.endsWith("\r") ? "\r" : "";
      if (held) text = text.slice(0, -1);
      done(null, escapeForTerminal(text));
    },
    flush(done) {
      done(null, escapeForTerminal(held + decoder.end()));
    },
  });
}
