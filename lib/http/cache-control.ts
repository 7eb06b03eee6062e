// The Cache-Control of each page (set by proxy.ts), so a CDN or reverse proxy may keep what is
// the same for every signed-out reader and nothing else. Public pages render from the app
// server's cache of public reads (server/cache/public-reads.ts), which a write drops at once; a
// shared cache in front cannot be told, so it keeps a page at most PUBLIC_PAGE_SECONDS.

/** How long a shared cache may serve a public page without asking again, in seconds. */
const PUBLIC_PAGE_SECONDS = 60;

/** Pages every signed-out reader sees alike: the home list, articles, claims and sources. */
const PUBLIC_PAGE = /^\/(?:$|latest\/|articles\/|claims\/|sources\/)/;

/** For browsers: ask each time; for shared caches: keep a public page a minute. */
export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${PUBLIC_PAGE_SECONDS}`;
/** Signed in, or a page that is not public (forms, the editor): kept by nobody. */
export const PRIVATE_CACHE_CONTROL = "private, no-store";

/**
 * The Cache-Control of the page at `pathname` for a request that does or does not carry a
 * session cookie. A signed-in reader's page may show drafts of their workspaces: never shared.
 */
export function pageCacheControl(pathname: string, signedIn: boolean): string {
  return !signedIn && PUBLIC_PAGE.test(pathname) ? PUBLIC_CACHE_CONTROL : PRIVATE_CACHE_CONTROL;
}
