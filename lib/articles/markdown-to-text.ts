// Reduces an uploaded Markdown article to plain text with markdown-it, a CommonMark parser with
// linear-time inline parsing and a nesting cap: emphasis, links, images (their alt text), code
// and headings keep their words and lose their markers ("## Heading" stays as "Heading", its own
// line); raw HTML blocks are reduced like HTML uploads. The level-1 heading a document opens with
// is its title (markdown-title.ts), not body text: it is left out.
import MarkdownIt from "markdown-it";
import { htmlToText } from "./html-to-text";
import { tidyText } from "./tidy-text";

type Token = ReturnType<InstanceType<typeof MarkdownIt>["parse"]>[number];

const markdown = new MarkdownIt("commonmark", { html: true });

/** Plain text of a Markdown document (linear in its length). */
export function markdownToText(source: string): string {
  const out: string[] = [];
  const tokens = markdown.parse(source, {});
  // heading_open, inline, heading_close: the title.
  const first = tokens[0]?.type === "heading_open" && tokens[0].tag === "h1" ? 3 : 0;
  for (const token of tokens.slice(first)) {
    if (token.type === "inline") out.push(inlineText(token.children ?? []));
    else if (token.type === "fence" || token.type === "code_block") out.push(`\n${token.content}\n`);
    else if (token.type === "html_block") out.push(`\n${htmlToText(token.content)}\n`);
    // A tight list's items (hidden paragraphs) are lines; other blocks are paragraphs.
    else if (token.type === "list_item_close") out.push("\n");
    else if (token.type.endsWith("_close") && token.block && !token.hidden) out.push("\n\n");
    else if (token.type === "hr") out.push("\n\n");
  }
  return tidyText(out.join(""));
}

function inlineText(tokens: Token[]): string {
  let text = "";
  for (const token of tokens) {
    if (token.type === "text" || token.type === "code_inline") text += token.content;
    else if (token.type === "softbreak" || token.type === "hardbreak") text += "\n";
    else if (token.type === "image") text += inlineText(token.children ?? []);
  }
  return text;
}
