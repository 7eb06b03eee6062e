// An article file as the extractor reads it: the project's one normalisation first (LF line
// endings, no byte-order mark, as the stored body), then a leading "URL:"/"TITLE:" header and
// the blank line after it are skipped, so offsets count from the body as the scorer counts them.
import { normalizeArticleText } from "../claims/normalize-article-text.ts";

function stripArticleHeader(raw: string): string {
  const lines = raw.split("\n");
  let i = 0;
  while (i < lines.length && /^(URL|TITLE):/.test(lines[i] ?? "")) i++;
  if (i > 0 && lines[i] === "") i++;
  return lines.slice(i).join("\n");
}

/** An article file's body: normalised (normalize-article-text.ts), then without its header. */
export function readArticleBody(raw: string): string {
  return stripArticleHeader(normalizeArticleText(raw));
}
