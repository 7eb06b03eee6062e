// The one normalisation every way in applies to an article's text before it is stored or
// offsets are counted in it (pasted text, uploads, imports, revisions, the demo seed):
// line endings become LF and a leading byte-order mark is dropped, so offsets index the stored
// body the same way whichever system the file came from.

/**
 * Returns the text as Claimtrail stores it: CRLF and lone CR become LF, a leading BOM (U+FEFF)
 * is dropped and surrounding whitespace is trimmed. Idempotent. Offsets are UTF-16 code units
 * into the returned string.
 */
export function normalizeArticleText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .trim();
}
