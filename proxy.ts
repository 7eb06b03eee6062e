// Runs before every page (Next.js 16's proxy, formerly middleware): a fresh nonce per request
// and the page's Content-Security-Policy built on it, on the request (Next.js reads the nonce
// from there for its own scripts) and on the response. API routes are left out of the matcher:
// the proxy would buffer their bodies, which they read against their own limits; their headers
// come from next.config.js. The one exception is an API path carrying a percent sign, so that a
// badly encoded address is refused with a 400 here instead of Next.js's bare 500 (issue 13).
// It also says who may keep the page: shared caches the public pages of signed-out readers,
// nobody the rest (lib/http/cache-control.ts); and, when the server was started with `next
// start` (no scripts/serve.mjs in front to ask first), it counts a signed-out reader's page
// against the per-client limit of public reads.
import { type NextRequest, NextResponse } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { pageCacheControl } from "@/lib/http/cache-control";
import { badAddressMessage, badlyEncodedSegmentOf } from "@/lib/http/path-encoding";
import { REQUEST_PATH_HEADER } from "@/lib/http/request-path";
import { pageContentSecurityPolicy } from "@/lib/http/security-headers";
import type { PageGate } from "@/server/http/page-gate";

/** Where the instrumentation hook publishes the page gate (server/http/page-gate.ts). */
const PAGE_GATE = Symbol.for("claimtrail.page-gate");

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (badlyEncodedSegmentOf(pathname) !== null) return refuseBadAddress(pathname);
  if (pathname.startsWith("/api/")) return NextResponse.next();
  const refusal = await admitPage(`${pathname}${request.nextUrl.search}`, request.headers);
  if (refusal) return new NextResponse(refusal.body, { status: refusal.status, headers: refusal.headers });
  const nonce = btoa(crypto.randomUUID());
  const policy = pageContentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  // Layouts are not told their path: the editor's sends a signed-out person to sign in with it.
  headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  // Next.js keeps a Cache-Control set here (not a Vary: scripts/serve.mjs adds Cookie to it). A
  // shared cache that stores a public page replays its nonce with it: docs/SECURITY.md says why
  // that is safe.
  response.headers.set("cache-control", pageCacheControl(pathname, request.cookies.has(SESSION_COOKIE)));
  return response;
}

/**
 * The per-client page limit for a server started with `next start`, where no scripts/serve.mjs
 * asked it before Next.js (server/http/page-gate.ts; a request serve.mjs passed on is not
 * counted again). A failing gate lets the page render, as serve.mjs does.
 */
async function admitPage(url: string, headers: Headers) {
  const gate = (globalThis as { [PAGE_GATE]?: PageGate })[PAGE_GATE];
  try {
    return (await gate?.admitUncounted(url, headers)) ?? null;
  } catch (error) {
    console.error(
      `claimtrail: page gate failed, rendering the page: ${error instanceof Error ? error.message : error}`,
    );
    return null;
  }
}

function refuseBadAddress(pathname: string): NextResponse {
  const message = badAddressMessage(pathname);
  if (pathname.startsWith("/api/"))
    return new NextResponse(message, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  const escaped = message.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad address · Claimtrail</title></head><body><h1>Bad address</h1><p>${escaped}.</p><p><a href="/">Claimtrail home</a></p></body></html>`;
  const response = new NextResponse(page, { status: 400, headers: { "content-type": "text/html; charset=utf-8" } });
  response.headers.set("content-security-policy", "default-src 'none'; frame-ancestors 'none'");
  return response;
}

export const config = {
  matcher: [
    { source: "/api/:rest(.*%.*)" },
    // Unlike Next.js's CSP template, no `missing` on prefetch headers: a client chooses its
    // headers, and `Purpose: prefetch` skipped the page limit, the policy and Cache-Control while
    // still getting the whole page (issue 13). A prefetch is rendered with its own nonce like any
    // page; the public pages' links prefetch nothing (docs/SECURITY.md), so readers lose nothing.
    { source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" },
  ],
};
