// State-changing requests come from this site's own pages or from scripts that send no Origin
// (a CMS, the CLI). A browser page elsewhere — another port of the same host is another origin —
// could otherwise post a form that the session cookie (SameSite=Lax counts ports as the same
// site) makes count as the signed-in editor's: sign them out, or worse.

/** True when a browser says the request comes from a page of another origin. */
export function comesFromAnotherOrigin(request: Request): boolean {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return true;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  const hosts = [new URL(request.url).host, request.headers.get("host"), request.headers.get("x-forwarded-host")];
  return !hosts.includes(originHost);
}
