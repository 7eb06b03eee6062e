// Escaping for the HTML and Markdown exports: names, quotes and URLs come from users and from
// the articles they annotate, so none of them may become markup or a script link.

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for HTML or SVG content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!);
}

/** An http(s) URL fit for href, or null ("javascript:" and other schemes are shown as text only). */
export function toSafeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * Markdown text on one line: no emphasis, code, links or raw HTML. Brackets are escaped, so
 * parentheses cannot form a link; a leading list, heading or quote marker is escaped too.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/[\\`*_{}[\]#|~]/g, (char) => `\\${char}`)
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/^([+\-=]|\d+[.)])/, "\\$1");
}

/** A Markdown link, or the escaped text alone when the URL is not http(s). */
export function linkMarkdown(text: string, url: string | null | undefined): string {
  const href = toSafeHref(url);
  if (!href) return escapeMarkdown(text);
  return `[${escapeMarkdown(text)}](${href.replace(/[()<>\s]/g, (char) => encodeURIComponent(char))})`;
}

/**
 * An address shown as itself: a CommonMark autolink ("<https://…>"), so the file lists it once,
 * not as "[address](address)". The escaped text alone when the URL is not http(s).
 */
export function linkMarkdownAddress(url: string): string {
  const href = toSafeHref(url);
  if (!href) return escapeMarkdown(url);
  // A parsed href has spaces and angle brackets percent-encoded already; encoded again for safety.
  return `<${href.replace(/[<>\s]/g, (char) => encodeURIComponent(char))}>`;
}
