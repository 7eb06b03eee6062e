// The base of every public link Claimtrail writes (Open Graph, JSON-LD, export URLs): PUBLIC_URL
// when it is set, otherwise the origin the request came in on (lib/http/request-origin.ts), the
// same for pages and for route handlers. Behind a proxy or a shared cache, set PUBLIC_URL: a
// request's Host header is then never written into a page or a file.
import "server-only";
import { headers } from "next/headers";
import { originOfRequest } from "@/lib/http/request-origin";
import { env } from "@/server/env";

/** For route handlers: PUBLIC_URL, or the request's own origin. */
export function baseUrlOfRequest(request: Request): string {
  const settings = env();
  if (settings.publicUrl) return settings.publicUrl;
  const parsed = new URL(request.url);
  const origin = originOfRequest((name) => request.headers.get(name), settings.trustedProxies, parsed.host);
  // Next.js builds request.url on the scheme it serves; a TLS-terminating server of its own counts.
  return parsed.protocol === "https:" ? origin.replace(/^http:/, "https:") : origin;
}

/** For pages: PUBLIC_URL, or the origin of the request being rendered. */
export async function baseUrlOfPage(): Promise<string> {
  const settings = env();
  if (settings.publicUrl) return settings.publicUrl;
  const incoming = await headers();
  return originOfRequest((name) => incoming.get(name), settings.trustedProxies, "localhost");
}

const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d{1,5})?$/i;

/**
 * For links in mail (a confirmation link carries a token): PUBLIC_URL, or the request's own
 * origin only when that is a loopback address (someone trying Claimtrail on their own machine);
 * otherwise null. A Host header is the client's word: a mail linking to the host a stranger named
 * would hand that stranger the token once the address's owner opened it.
 */
export function mailLinkBaseOfRequest(request: Request): string | null {
  const settings = env();
  if (settings.publicUrl) return settings.publicUrl;
  const origin = baseUrlOfRequest(request);
  return LOOPBACK_HOST.test(new URL(origin).host) ? origin : null;
}
