// How much one HTTP request to the API may carry: calls per batch, and body bytes per
// procedure. Most inputs are a few fields; the few that carry a whole article or a capture get
// room for their schema's own maximum (UTF-8, JSON-escaped), and no more.
import { MAX_CAPTURE_CHARS } from "@/lib/sources/capture";

/** Calls in one batched request; the browser client's httpBatchLink uses the same number. */
export const MAX_BATCH_SIZE = 10;

const DEFAULT_BODY_LIMIT = 256 * 1024;

const BODY_LIMITS: Record<string, number> = {
  // An article's text: 800,000 characters at most (lib/editing/schemas.ts).
  "editing.createArticle": 4 * 1024 * 1024,
  "editing.reviseArticle": 4 * 1024 * 1024,
  // A capture, base64 (lib/sources/capture.ts).
  "sourceRecords.addSnapshot": MAX_CAPTURE_CHARS + 64 * 1024,
};

/** The body limit of a request naming `paths` (one, or a batch): the largest of theirs. */
export function bodyLimitFor(paths: string[]): number {
  return Math.max(DEFAULT_BODY_LIMIT, ...paths.map((path) => BODY_LIMITS[path] ?? DEFAULT_BODY_LIMIT));
}
