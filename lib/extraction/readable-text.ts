// Whether a file read as UTF-8 is text at all: random bytes decode to control and replacement
// characters, and claims suggested from them would be garbage.

// A stray bad byte in scraped copy is not binary; a share this high is.
const MAX_NOT_TEXT_SHARE = 0.02;

// Control characters other than tab, newline, form feed and carriage return, DEL, and U+FFFD (the
// mark of bytes that are not UTF-8).
function isNotText(code: number): boolean {
  if (code === 0x7f || code === 0xfffd) return true;
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;
}

/** True when `text` holds no NUL and at most 2% control or replacement characters (UTF-16 units). */
export function isReadableText(text: string): boolean {
  if (text.includes("\u0000")) return false;
  let bad = 0;
  for (let i = 0; i < text.length; i++) if (isNotText(text.charCodeAt(i))) bad++;
  return bad <= text.length * MAX_NOT_TEXT_SHARE;
}
