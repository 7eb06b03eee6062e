// An ETag on the public API's shareable answers, and 304 Not Modified when the client already
// holds the same bytes: a CDN or a reader's browser revalidates without a second download.
// Only a complete JSON answer marked public is hashed (tRPC's streamed answers are left alone).
import { createHash } from "node:crypto";

/** `response` with a strong ETag (SHA-256 of its body), or a 304 when `If-None-Match` names it. */
export async function withPublicEtag(request: Request, response: Response): Promise<Response> {
  const shareable =
    request.method === "GET" &&
    response.status === 200 &&
    (response.headers.get("cache-control") ?? "").startsWith("public") &&
    (response.headers.get("content-type") ?? "").startsWith("application/json");
  if (!shareable) return response;
  const body = await response.text();
  const etag = `"${createHash("sha256").update(body).digest("base64url")}"`;
  const headers = new Headers(response.headers);
  headers.set("etag", etag);
  if (matchesEtag(request.headers.get("if-none-match"), etag)) {
    headers.delete("content-length");
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers });
}

function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(",")
    .map((candidate) => candidate.trim().replace(/^W\//, ""))
    .some((candidate) => candidate === etag || candidate === "*");
}
