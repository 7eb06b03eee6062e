// Reduces an uploaded HTML article to plain text: the body claims are anchored in. htmlparser2
// reads the markup in one linear pass (attributes with ">" inside quotes, unclosed tags and
// stray "<" included) and decodes entities (pr&eacute;sident → président); block elements and
// <br> become line breaks, scripts, styles and other non-text elements are dropped whole. Nothing
// of the markup survives, so nothing of it can run when the text is shown.
import { Parser } from "htmlparser2";
import { tidyText } from "./tidy-text";

const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "ul",
]);
const CELLS = new Set(["td", "th"]);
/** Elements whose content is not article text. */
const DROPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "object",
  "svg",
  "math",
  "head",
  "title",
  "select",
  "textarea",
  "button",
]);

/** Plain text of an HTML document or fragment (linear in its length). */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let dropped = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (DROPPED.has(name)) dropped++;
        else if (name === "br") out.push("\n");
        else if (BLOCKS.has(name)) out.push("\n");
        else if (CELLS.has(name)) out.push(" ");
      },
      onclosetag(name) {
        if (DROPPED.has(name)) dropped = Math.max(0, dropped - 1);
        else if (BLOCKS.has(name)) out.push("\n");
      },
      ontext(text) {
        if (dropped === 0) out.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return tidyText(out.join(""));
}
