// The title of a Markdown article: the level-1 heading it opens with ("# Title", or "Title" over
// a line of "="), as CommonMark reads one. The upload form proposes it as the article's title,
// and markdown-to-text.ts leaves it out of the body, since it is the title, not the text.

/** Characters read at most: a title is at most 300 characters (lib/editing/schemas.ts). */
const LOOK_AT = 2_000;

/** The opening level-1 heading's words, or null when the document does not open with one. Linear. */
export function findMarkdownTitle(source: string): string | null {
  const [first = "", second = ""] = source
    .slice(0, LOOK_AT)
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/^(?:[ \t]*\n)+/, "")
    .split("\n", 2);
  const atx = /^ {0,3}#(?:[ \t]+|$)(.*)$/.exec(first);
  if (atx) {
    // A closing run of # preceded by a space is no part of the title.
    const words = atx[1]!.replace(/(?:^|[ \t]+)#+[ \t]*$/, "").trim();
    return words || null;
  }
  if (/^ {0,3}=+[ \t]*$/.test(second) && /^ {0,3}\S/.test(first)) return first.trim() || null;
  return null;
}
