// What a shared cache (a CDN, a reverse proxy) may do with each answer, fixed as the headers go
// out. A signed-in reader's page differs from a signed-out one's (drafts of their workspaces, the
// editor's link), so every answer varies by Cookie (proxy.ts marks the public ones); Next.js sets
// its own Vary on pages, replacing any set before, so Cookie is added here. A navigation's
// React Server Components request (the `rsc` and Next-Router-* headers, or `?_rsc`) gets other
// bytes, or a 307 to `?_rsc`, at the page's own address, and Next.js strips those headers before
// proxy.ts sees them: its answer is kept by nobody, so no cache serves it for the HTML or back.

import { createRequire } from "node:module";

// The same list as the app's (lib/http/page-request.ts).
const FLIGHT_HEADERS = createRequire(import.meta.url)("../../lib/http/flight-headers.json");

/** Whether the request asks for a React Server Components payload rather than a page. */
function asksForFlight(request) {
  return FLIGHT_HEADERS.some((name) => request.headers[name] !== undefined) || /[?&]_rsc(?:[=&]|$)/.test(request.url);
}

/** Makes `response` vary by Cookie and, for a flight request, `private, no-store`. */
export function markForSharedCaches(request, response) {
  const flight = asksForFlight(request);
  const writeHead = response.writeHead;
  response.writeHead = function (status, ...rest) {
    // Headers given to writeHead would win over the ones set here: set them first.
    const givenAt = typeof rest[0] === "string" ? 1 : 0;
    const given = rest[givenAt];
    if (given && typeof given === "object" && !Array.isArray(given)) {
      for (const [name, value] of Object.entries(given)) if (value !== undefined) response.setHeader(name, value);
      rest = rest.slice(0, givenAt);
    }
    const vary = String(response.getHeader("vary") ?? "");
    if (!/\bcookie\b/i.test(vary)) response.setHeader("vary", vary ? `${vary}, Cookie` : "Cookie");
    if (flight) response.setHeader("cache-control", "private, no-store");
    return writeHead.call(this, status, ...rest);
  };
}
