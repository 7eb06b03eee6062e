// Turns the browser's text selection inside the article text into body offsets. The text is
// rendered as the body's exact characters (white-space: pre-wrap), so the length of the text
// from the container's start to a selection point is that point's offset in the body.
export type SelectedSpan = { start: number; end: number; exact: string };

export function readSelectedSpan(container: HTMLElement, body: string): SelectedSpan | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const offsetOf = (node: Node, offset: number) => {
    const before = document.createRange();
    before.selectNodeContents(container);
    before.setEnd(node, offset);
    return before.toString().length;
  };
  let start = offsetOf(range.startContainer, range.startOffset);
  let end = offsetOf(range.endContainer, range.endOffset);
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  if (end <= start) return null;
  return { start, end, exact: body.slice(start, end) };
}
