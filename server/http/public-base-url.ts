// The base of every public link Claimtrail writes (Open Graph, JSON-LD, export URLs): PUBLIC_URL
// when it is set, otherwise the origin the request came in on. Behind a proxy or a shared cache,
// set PUBLIC_URL: a request's Host header is then never written into a page or a file.
import "server-only";
import { headers } from "next/headers";
import { env } from "@/server/env";

/** For route handlers: PUBLIC_URL, or the request's own origin. */
export function baseUrlOfRequest(request: Request): string {
  return env().publicUrl ?? new URL(request.url).origin;
}

/** For pages: PUBLIC_URL, or the origin of the request being rendered. */
export async function baseUrlOfPage(): Promise<string> {
  const configured = env().publicUrl;
  if (configured) return configured;
  const incoming = await headers();
  const host = incoming.get("x-forwarded-host") ?? incoming.get("host") ?? "localhost";
  const protocol = incoming.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${protocol}://${host}`;
}
