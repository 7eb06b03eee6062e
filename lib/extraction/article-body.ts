// The text the extractor reads, as the editor stores it: offsets are UTF-16 code units into the
// body after line endings are made LF and a byte-order mark is dropped, so a file saved on
// Windows gives the same offsets as the stored article.

/** Drops a leading byte-order mark and turns CRLF and lone CR line endings into LF. */
function normalizeArticleText(raw: string): string {
  return raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

// Article files may open with "URL:" and "TITLE:" lines and a blank line; offsets count from the
// body after them (the attribution scorer counts the same way).
function stripArticleHeader(raw: string): string {
  const lines = raw.split("\n");
  let i = 0;
  while (i < lines.length && /^(URL|TITLE):/.test(lines[i] ?? "")) i++;
  if (i > 0 && lines[i] === "") i++;
  return lines.slice(i).join("\n");
}

/** An article file's body as the extractor reads it: normalised, then without its header. */
export function readArticleBody(raw: string): string {
  return stripArticleHeader(normalizeArticleText(raw));
}
