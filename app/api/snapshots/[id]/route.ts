// GET /api/snapshots/<id>: an archived capture, byte for byte, for members of its workspace.
// Always an attachment, never rendered: captured HTML is evidence, not a page of this site.
import { snapshotFileName } from "@/lib/sources/capture";
import { getDb } from "@/server/db";
import { errorResponse } from "@/server/http/error-response";
import { readCookie, readSession, SESSION_COOKIE } from "@/server/services/auth/sessions";
import { readSnapshotForDownload } from "@/server/services/sources/archive-snapshots";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const db = await getDb();
    const session = await readSession(db, readCookie(request.headers.get("cookie"), SESSION_COOKIE));
    const snapshot = await readSnapshotForDownload(db, id, session);
    return new Response(snapshot.content as BodyInit, {
      headers: {
        "content-type": snapshot.contentType,
        "content-length": String(snapshot.content.byteLength),
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(snapshotFileName(snapshot))}`,
        "x-content-sha256": snapshot.contentHash,
        "x-content-type-options": "nosniff",
        "content-security-policy": "sandbox; default-src 'none'",
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error, "GET /api/snapshots/[id]");
  }
}
