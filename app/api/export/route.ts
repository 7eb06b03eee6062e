// GET /api/export?format=csv&article=<id-or-slug> (or claims=<id,id…>, or workspace=<slug>)[&bom=1]
// Downloads a citation report; a whole workspace streams in every format but PDF.
import { Readable } from "node:stream";
import { AppError } from "@/lib/errors";
import { ExportRequest } from "@/lib/export/export-request";
import { findUnsafeText } from "@/lib/input/find-unsafe-text";
import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { errorResponse } from "@/server/http/error-response";
import { baseUrlOfRequest } from "@/server/http/public-base-url";
import { requestClientKey } from "@/server/http/request-client";
import { readCookie, readSession, SESSION_COOKIE } from "@/server/services/auth/sessions";
import { renderExport } from "@/server/services/export/render-export";
import { countPublicRead } from "@/server/services/limits/public-read-limits";

export async function GET(request: Request) {
  try {
    const params = new URL(request.url).searchParams;
    const problem = findUnsafeText(Object.fromEntries(params));
    if (problem) throw new AppError("INVALID", problem);
    const scope = params.get("claims")
      ? { kind: "selection", claimIds: params.get("claims")!.split(",").filter(Boolean) }
      : params.get("workspace")
        ? { kind: "workspace", workspace: params.get("workspace") }
        : { kind: "article", article: params.get("article") ?? "" };
    const exportRequest = ExportRequest.parse({ scope, format: params.get("format"), bom: params.get("bom") === "1" });
    const db = await getDb();
    const session = await readSession(db, readCookie(request.headers.get("cookie"), SESSION_COOKIE));
    const clientAddress = requestClientKey(request.headers);
    if (!session) await countPublicRead(db, clientAddress, env().publicReadsPerMinute);
    const rendered = await renderExport(db, exportRequest, session, {
      baseUrl: baseUrlOfRequest(request),
      client: session?.userId ?? clientAddress,
    });
    const body =
      typeof rendered.body === "string" || rendered.body instanceof Uint8Array
        ? rendered.body
        : (Readable.toWeb(rendered.body) as ReadableStream<Uint8Array>);
    return new Response(body as BodyInit, {
      headers: {
        "content-type": rendered.mimeType,
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(rendered.filename)}`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error, "GET /api/export");
  }
}
