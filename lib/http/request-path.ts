// A signed-out deep link keeps its target through sign-in: the proxy copies each page request's
// path onto the request (layouts are not told their path), and the editor's layout sends the
// person to sign in with that path as `next`.

/** The request header the proxy writes each page request's path and query into. */
export const REQUEST_PATH_HEADER = "x-claimtrail-path";

/**
 * The sign-in address for a signed-out request to `path` ("/editor/demo/review" →
 * "/signin?next=%2Feditor%2Fdemo%2Freview"); anything outside the editor (or no path) comes back
 * to "/editor", as sign-in itself only follows same-site paths (lib/auth/safe-next-path.ts).
 */
export function signInPathFor(path: string | null | undefined): string {
  const target = path && /^\/editor(?:[/?#]|$)/.test(path) ? path : "/editor";
  return `/signin?next=${encodeURIComponent(target)}`;
}
