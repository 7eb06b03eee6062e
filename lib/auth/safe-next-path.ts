// Where sign-in and sign-up send a person afterwards (`?next=`): only a path on this site.
// "/.//other-host/x" is a path to a URL parser but becomes "//other-host/x" once its dot
// segment is removed, which a browser reads as another host; so the path is judged after
// parsing, and any run of leading slashes or backslashes is folded into one.

const BASE = "http://claimtrail.invalid";

/** `next` as a same-site path ("/editor/demo?tab=x#y"), or `fallback` when it leads anywhere else. */
export function safeNextPath(next: string | null | undefined, fallback = "/editor"): string {
  if (!next?.startsWith("/")) return fallback;
  let target: URL;
  try {
    target = new URL(next, BASE);
  } catch {
    return fallback;
  }
  if (target.origin !== BASE) return fallback;
  const path = `/${target.pathname.replace(/^[/\\]+/, "")}${target.search}${target.hash}`;
  return path;
}
