// Which API requests the store of whole answers (server/cache/page-store.ts, kept by
// scripts/serve.mjs) may answer: a signed-out GET of reads that are the same for every reader
// (lib/http/shareable-reads.ts), asking for tRPC's plain JSON answer. What was sent for the first
// such request is then replayed byte for byte, as for the public pages (docs/PERFORMANCE.md).
import { PUBLIC_CACHE_CONTROL } from "./cache-control";
import { carriesSession, originForm, storeKey } from "./page-request";
import { SHAREABLE_READS } from "./shareable-reads";

type RequestHeaders = Record<string, string | string[] | undefined>;

const API_PREFIX = "/api/trpc/";

/**
 * The procedure paths an API request target names ("/api/trpc/a,b?batch=1" → ["a", "b"]), as
 * tRPC's fetch adapter reads them; null for a target that is not a plain path under the API or
 * whose escapes do not decode.
 */
export function apiCallsOf(url: string): string[] | null {
  const target = originForm(url);
  if (target === null || !target.pathname.startsWith(API_PREFIX)) return null;
  try {
    return decodeURIComponent(target.pathname.slice(API_PREFIX.length)).split(",");
  } catch {
    return null;
  }
}

/** Whether the client asks for tRPC's streamed answer (JSON Lines) rather than one JSON document. */
function asksForStream(headers: RequestHeaders): boolean {
  return headers["trpc-accept"] !== undefined || String(headers.accept ?? "").includes("application/jsonl");
}

/**
 * The store's key for a signed-out GET whose every call is a shareable read; null for anything
 * tRPC must answer (a session cookie, another procedure, a stream, HEAD, which tRPC answers 204).
 */
export function apiAnswerKey(method: string, url: string, headers: RequestHeaders): string | null {
  if (method !== "GET" || carriesSession(headers.cookie) || asksForStream(headers)) return null;
  const calls = apiCallsOf(url);
  if (calls === null || !calls.every((path) => SHAREABLE_READS.has(path))) return null;
  return storeKey(url, headers);
}

/**
 * Whether an API answer may be kept for every signed-out reader: a complete 200 JSON answer the
 * API itself marked public and gave its ETag (server/http/public-etag.ts), setting no cookie.
 */
export function isKeepableAnswer(status: number, headers: Record<string, unknown>): boolean {
  return (
    status === 200 &&
    headers["cache-control"] === PUBLIC_CACHE_CONTROL &&
    headers["set-cookie"] === undefined &&
    typeof headers.etag === "string" &&
    /^application\/json\b/.test(String(headers["content-type"] ?? ""))
  );
}
