// The last step of reducing markup to an article body: spaces and tabs collapse, lines are
// trimmed, at most one blank line separates paragraphs. A lone NBSP is kept (it binds "3,500
// jobs"); the anchoring's normalised view (lib/claims/match-view.ts) reads it as a space. Every
// pattern here is linear.
import { normalizeArticleText } from "../claims/normalize-article-text";

export function tidyText(text: string): string {
  return normalizeArticleText(
    normalizeArticleText(text)
      .replace(/[ \t\u00a0]+/g, (spaces) => (spaces === "\u00a0" ? "\u00a0" : " "))
      .split("\n")
      .map((line) => line.trim())
      .join("\n")
      .replace(/\n{3,}/g, "\n\n"),
  );
}
