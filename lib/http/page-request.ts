// Which requests are page renders (those of signed-out readers count against the per-client
// limit of public reads) and which of those may be answered from the store of whole pages
// (server/cache/page-store.ts), as scripts/serve.mjs sees them: Node.js's request headers.
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { PUBLIC_CACHE_CONTROL, pageCacheControl } from "./cache-control";
// What a client-side navigation, prefetch or server action sends instead of asking for HTML: a
// JSON list, which scripts/serve/shared-cache-headers.mjs reads too.
import FLIGHT_HEADERS from "./flight-headers.json";

type RequestHeaders = Record<string, string | string[] | undefined>;

/** The API (limited on its own), Next.js's built files and the icon: not page renders. */
const NOT_A_PAGE = /^\/(?:api\/|_next\/|favicon\.ico$)/;

/** Longer request headers that would enter a key: the request is rendered, not stored. */
const MAX_KEY_PART = 200;
// Longer addresses (a page's or an API read's is far shorter) are answered, never kept.
const MAX_KEY_ADDRESS = 2048;

/** Whether the Cookie header carries a session cookie (any value: proxy.ts reads it the same way). */
export function carriesSession(cookie: string | string[] | undefined): boolean {
  const parts = (Array.isArray(cookie) ? cookie.join(";") : (cookie ?? "")).split(";");
  return parts.some((part) => part.trimStart().startsWith(`${SESSION_COOKIE}=`));
}

/** Whether the request asks for a React Server Components payload rather than the HTML page. */
function asksForFlight(headers: RequestHeaders, search: string): boolean {
  return FLIGHT_HEADERS.some((name) => headers[name] !== undefined) || new URLSearchParams(search).has("_rsc");
}

/**
 * The path and query of a request target as Next.js routes it: only an origin-form target
 * ("/articles/a?x=1") whose path has nothing left to resolve; anything else is null, never read
 * as the path it might resolve to, so no page is counted as something else or kept under another
 * page's address. Null: "//host/x", "http://host/x", "*", and a path the WHATWG URL parser
 * changes ("/api/../articles/a", "/_next/%2e%2e/articles/a", "/api\\..\\x"): Next.js routes
 * the resolved path, so the raw one must not decide whether the request is a page.
 */
export function originForm(url: string): { pathname: string; search: string } | null {
  if (!url.startsWith("/") || url.startsWith("//")) return null;
  const query = url.indexOf("?");
  const pathname = query === -1 ? url : url.slice(0, query);
  if (resolvedPath(pathname) !== pathname) return null;
  return { pathname, search: query === -1 ? "" : url.slice(query) };
}

/** The path after dot segments ("..", "%2e%2e", ".") and backslashes are resolved; null if unparseable. */
function resolvedPath(pathname: string): string | null {
  try {
    return new URL(pathname, "http://x").pathname;
  } catch {
    return null;
  }
}

/**
 * Whether a request for `url` (path and query) renders a page (the gate then asks who is
 * reading). A target that is not a plain origin-form path counts as a page, whatever it resolves to.
 */
export function isPageRender(url: string): boolean {
  const target = originForm(url);
  return target === null || !NOT_A_PAGE.test(target.pathname);
}

/**
 * The store's key for a signed-out GET or HEAD of a public page (the home list, articles and
 * their corrections, claims, sources) asking for HTML; null for anything to be rendered. The key
 * holds what the rendered bytes depend on besides the address: the host and scheme (links use
 * the request's origin when PUBLIC_URL is unset) and Accept-Encoding (Next.js compresses).
 */
export function pageStoreKey(method: string, url: string, headers: RequestHeaders): string | null {
  if (method !== "GET" && method !== "HEAD") return null;
  const target = originForm(url);
  if (target === null || carriesSession(headers.cookie) || asksForFlight(headers, target.search)) return null;
  const { pathname, search } = target;
  if (pageCacheControl(pathname, false) !== PUBLIC_CACHE_CONTROL) return null;
  return storeKey(`${pathname}${search}`, headers);
}

/**
 * The store's key of an answer at `address` (path and query): the address with the request
 * headers the bytes sent depend on; null when one of them or the address is too long to be worth keeping.
 */
export function storeKey(address: string, headers: RequestHeaders): string | null {
  const parts = ["host", "x-forwarded-host", "x-forwarded-proto", "accept-encoding"].map((name) =>
    String(headers[name] ?? ""),
  );
  if (parts.some((part) => part.length > MAX_KEY_PART) || address.length > MAX_KEY_ADDRESS) return null;
  return [...parts, address].join("\n");
}

/**
 * Whether an answer may be kept for every signed-out reader: a 200 HTML page the app itself
 * marked public (proxy.ts), setting no cookie.
 */
export function isKeepablePage(status: number, headers: Record<string, unknown>): boolean {
  return (
    status === 200 &&
    headers["cache-control"] === PUBLIC_CACHE_CONTROL &&
    headers["set-cookie"] === undefined &&
    /^text\/html\b/.test(String(headers["content-type"] ?? ""))
  );
}
