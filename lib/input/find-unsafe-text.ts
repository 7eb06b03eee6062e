// Text the database cannot store or a reader cannot see is refused at the edge, before any
// query: PostgreSQL rejects NUL in text (SQLSTATE 22021), and a lone UTF-16 surrogate is not a
// character at all (it becomes U+FFFD or an encoding error further on). Checked on every
// procedure's raw input and on the query strings of plain HTTP routes.

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function describe(text: string): string | null {
  const hasNul = text.includes("\u0000");
  if (!hasNul && !LONE_SURROGATE.test(text)) return null;
  return hasNul
    ? "contains a NUL character (\\u0000); remove it and send the text again"
    : "contains a broken character (a lone UTF-16 surrogate); copy the text again from its source";
}

/**
 * The first string (or object key) in `value` holding a NUL or a lone surrogate, as a message
 * naming where it is ("title contains a NUL character…"), or null when every string is clean.
 * Walks without recursion, so a deeply nested value cannot exhaust the stack; linear in size.
 */
export function findUnsafeText(value: unknown): string | null {
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: "" }];
  while (stack.length) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === "string") {
      const problem = describe(current);
      if (problem) return `${path || "the input"} ${problem}`;
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--)
        stack.push({ value: current[index], path: path ? `${path}.${index}` : String(index) });
    } else if (current !== null && typeof current === "object") {
      for (const [key, item] of Object.entries(current)) {
        const keyProblem = describe(key);
        if (keyProblem) return `a field name ${keyProblem}`;
        stack.push({ value: item, path: path ? `${path}.${key}` : key });
      }
    }
  }
  return null;
}
