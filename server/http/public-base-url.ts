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
