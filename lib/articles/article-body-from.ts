// An article's stored body from what an editor, a CMS or an import sent: pasted text, or an
// uploaded .md/.html file reduced to plain text by a real parser (html-to-text.ts,
// markdown-to-text.ts), after the one normalisation every way in applies.
import { normalizeArticleText } from "../claims/normalize-article-text";
import { type CreateArticleInput, MAX_BODY_LENGTH } from "../editing/schemas";
import { AppError } from "../errors";
import { htmlToText } from "./html-to-text";
import { markdownToText } from "./markdown-to-text";

/**
 * The text to store (LF line endings, no BOM, trimmed; offsets are UTF-16 units into it).
 * Throws AppError INVALID when nothing is left once markup is removed, or when the text is
 * longer than MAX_BODY_LENGTH characters. Linear in the content's length.
 */
export function articleBodyFrom(content: string, contentType: CreateArticleInput["contentType"]): string {
  const text = normalizeArticleText(content);
  const body = contentType === "html" ? htmlToText(text) : contentType === "markdown" ? markdownToText(text) : text;
  if (body.replace(/[\s\u200b-\u200d\u2060\ufeff]/g, "").length === 0)
    throw new AppError("INVALID", "the article has no text once its markup is removed");
  if (body.length > MAX_BODY_LENGTH)
    throw new AppError("INVALID", `the article text is ${body.length} characters; the limit is ${MAX_BODY_LENGTH}`);
  return body;
}
