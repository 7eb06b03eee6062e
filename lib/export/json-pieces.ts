// Pieces of a JSON document whose one array is written item by item: the bytes are those of
// JSON.stringify(document, null, 2), so a streamed document reads exactly like one built whole.

/** A value as JSON.stringify(value, null, 2) writes it `depth` levels deep. */
export function indentJson(value: unknown, depth: number): string {
  // Line breaks inside strings are escaped by JSON.stringify: every raw "\n" is layout.
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${"  ".repeat(depth)}`);
}

/** Items of an array that sits `depth` levels deep, each on its own lines, comma-separated. */
export function writeJsonItems(items: readonly unknown[], depth: number): string {
  const pad = "  ".repeat(depth + 1);
  return items.map((item) => `\n${pad}${indentJson(item, depth + 1)}`).join(",");
}

/** The end of such an array (`depth` levels deep): an empty one closes on its own line. */
export function closeJsonArray(depth: number, wroteAny: boolean): string {
  return wroteAny ? `\n${"  ".repeat(depth)}]` : "]";
}
