// GET /api/export/annotations?article=<id-or-slug> (or workspace=<slug>): the annotation export
// (docs/ANNOTATION-FORMAT.md) as JSON Lines, one annotation file per article, streamed article by
// article as a reader gets it (published claims of published articles unless signed in as a
// member). `claimtrail export --format annotations` comes here while this server holds the
// embedded database.
import { Readable } from "node:stream";
import { AppError } from "@/lib/errors";
import { findUnsafeText } from "@/lib/input/find-unsafe-text";
import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { errorResponse } from "@/server/http/error-response";
import { requestClientKey } from "@/server/http/request-client";
import { readCookie, readSession, SESSION_COOKIE } from "@/server/services/auth/sessions";
import { streamAnnotations } from "@/server/services/export/stream-annotations";
import { countPublicRead } from "@/server/services/limits/public-read-limits";

export async function GET(request: Request) {
  try {
    const params = new URL(request.url).searchParams;
    const problem = findUnsafeText(Object.fromEntries(params));
    if (problem) throw new AppError("INVALID", problem);
    const article = params.get("article");
    const workspace = params.get("workspace");
    if (Boolean(article) === Boolean(workspace))
      throw new AppError("INVALID", "the annotations format exports whole articles: give article or workspace");
    const db = await getDb();
    const session = await readSession(db, readCookie(request.headers.get("cookie"), SESSION_COOKIE));
    if (!session) await countPublicRead(db, requestClientKey(request.headers), env().publicReadsPerMinute);
    const scope = article
      ? ({ kind: "article", article } as const)
      : ({ kind: "workspace", workspace: workspace! } as const);
    const lines = streamAnnotations(db, scope, session);
    // The first line is read before answering: a missing article or workspace is a 404, not an empty 200.
    const first = await lines.next();
    // Bytes, not strings: a web stream of a response carries Uint8Array chunks only.
    async function* all() {
      if (!first.done) yield Buffer.from(first.value);
      for await (const line of lines) yield Buffer.from(line);
    }
    return new Response(Readable.toWeb(Readable.from(all())) as ReadableStream<Uint8Array>, {
      headers: {
        "content-type": "application/x-ndjson; charset=utf-8",
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(`${article ?? workspace}.annotations.jsonl`)}`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error, "GET /api/export/annotations");
  }
}
