// GET /api/base-url → { "baseUrl": "https://claims.example.org" }: the base this server writes
// into public links (PUBLIC_URL, or the origin the request came in on), so a CLI export made
// through the server (`claimtrail export --format w3c --server URL`) links where the server does.
import { baseUrlOfRequest } from "@/server/http/public-base-url";

export async function GET(request: Request): Promise<Response> {
  return Response.json({ baseUrl: baseUrlOfRequest(request) }, { headers: { "cache-control": "no-store" } });
}
