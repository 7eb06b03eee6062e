// Reduces an uploaded HTML or Markdown article to plain text: the body claims are anchored in.
// Nothing of the markup survives, so nothing of it can run when the text is shown.
const BLOCK_TAGS =
  /<\/?(p|div|section|article|header|footer|h[1-6]|li|ul|ol|blockquote|figure|figcaption|table|tr|br|hr|pre)\b[^>]*>/gi;
const DROPPED_ELEMENTS = /<(script|style|noscript|template|iframe|object|svg|head)\b[\s\S]*?<\/\1\s*>/gi;
const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  hellip: "…",
  mdash: "—",
  ndash: "–",
};

export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(DROPPED_ELEMENTS, "")
    .replace(BLOCK_TAGS, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => decodeEntity(code) ?? entity);
  return tidy(text);
}

export function markdownToText(markdown: string): string {
  const text = markdown
    .replace(/^```[\s\S]*?^```/gm, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|\W)[*_](\S.*?\S|\S)[*_](?=\W|$)/g, "$1$2")
    .replace(/`([^`]*)`/g, "$1");
  return tidy(text);
}

function decodeEntity(code: string): string | undefined {
  if (code.startsWith("#x") || code.startsWith("#X")) return safeCodePoint(Number.parseInt(code.slice(2), 16));
  if (code.startsWith("#")) return safeCodePoint(Number.parseInt(code.slice(1), 10));
  return ENTITIES[code.toLowerCase()];
}

function safeCodePoint(value: number): string | undefined {
  return Number.isInteger(value) && value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : undefined;
}

function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00a0]+/g, (spaces) => (spaces.includes("\u00a0") && spaces.length === 1 ? "\u00a0" : " "))
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
