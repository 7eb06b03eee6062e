// The whole pages of signed-out readers, and the API's shareable answers to them (lib/http/
// api-answer-request.ts), as the app server sent them (status, headers, body),
// replayed by scripts/serve.mjs without rendering again. Bounded by bytes (an LRU), each kept
// for CLAIMTRAIL_PUBLIC_CACHE_SECONDS, and dropped by any write that may change a public page
// (server/cache/page-generation.ts). The decision and its trade-off: docs/PERFORMANCE.md,
// docs/SECURITY.md ("The nonce and cached public pages").
import "server-only";
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { mayKeepPage, pageGeneration } from "./page-generation";

/** A page as sent: its status, headers (names in lower case) and body bytes (compressed if it was). */
export type StoredPage = { status: number; headers: Record<string, string | string[]>; body: Uint8Array };
type Entry = StoredPage & { generation: number };

/** Memory the store may hold, bytes; a bigger page than an eighth of it is not kept. */
const MAX_BYTES = 64 * 1024 * 1024;
const MAX_PAGE_BYTES = MAX_BYTES / 8;
/** Headers that belong to one connection or one answer, never replayed. */
const NOT_KEPT = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "x-claimtrail-cache",
]);

export type PageStore = {
  /** The page kept under `key` in the current generation, if any. */
  lookup(key: string): StoredPage | undefined;
  /** Keeps `page` under `key` if nothing changed since generation `since` and it fits; adds an ETag if it has none. */
  keep(key: string, since: number, page: StoredPage): void;
};

/** A store whose pages live `seconds` at most. */
export function createPageStore(seconds: number): PageStore {
  const pages = new LRUCache<string, Entry>({
    maxSize: MAX_BYTES,
    maxEntrySize: MAX_PAGE_BYTES,
    // The key counts too (UTF-16: two bytes a character): an address padded with a long query
    // string would otherwise hold far more memory than the budget sees.
    sizeCalculation: (entry, key) => entry.body.byteLength + key.length * 2 + 1024,
    ttl: seconds * 1000,
  });
  return {
    lookup(key) {
      const entry = pages.get(key);
      if (!entry) return undefined;
      if (entry.generation === pageGeneration()) return entry;
      pages.delete(key);
      return undefined;
    },
    keep(key, since, page) {
      if (!mayKeepPage(since) || page.body.byteLength > MAX_PAGE_BYTES) return;
      const headers = Object.fromEntries(Object.entries(page.headers).filter(([name]) => !NOT_KEPT.has(name)));
      // An API answer comes with its own (server/http/public-etag.ts); a page gets the hash of its bytes.
      headers.etag ??= `"${createHash("sha256").update(page.body).digest("base64url")}"`;
      pages.set(key, { status: page.status, headers, body: page.body, generation: since });
    },
  };
}
