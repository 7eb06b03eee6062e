// POST /api/workspaces/<slug>/imports — a CMS sends many annotated articles at once
// (docs/ANNOTATION-FORMAT.md), as `claimtrail import FILE.jsonl` would import them: batched,
// re-runnable, and answered with the same report as JSON.
// Authorization: Bearer <API token of an owner or editor of the workspace, unscoped or scoped
// to it>; anyone else gets the answer a missing workspace gets. Body: JSON Lines (one annotation
// file per line), or JSON (one annotation file, or an array of them), at most MAX_IMPORT_BYTES
// (413 beyond). `?publish=1` publishes the articles and their claims. Each entry is planned in a
// worker thread (placing claims is CPU work that grows with the text), never on the event loop.
import { AppError, NOT_YOURS_MESSAGE } from "@/lib/errors";
import { exceedsJsonDepth, MAX_JSON_DEPTH } from "@/lib/input/json-depth";
import type { Db } from "@/server/database/open-database";
import { type ImportEntry, importArticles } from "@/server/services/articles/import-articles";
import { readApiToken } from "@/server/services/auth/api-tokens";
import { readBearerToken } from "@/server/services/auth/sessions";
import { runOffThread } from "@/server/workers/cpu-pool";
import { errorResponse } from "./error-response";
import { parseJsonBody, readLimitedText } from "./read-limited-body";

/** About 40 long articles with their annotations; a CMS sends more in several requests. */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

export async function answerImportRequest(db: Db, request: Request, workspaceSlug: string): Promise<Response> {
  try {
    const session = await readApiToken(db, readBearerToken(request.headers.get("authorization")));
    if (!session)
      throw new AppError(
        "UNAUTHORIZED",
        "send an editor's API token as Authorization: Bearer <token> (create one under Workspaces)",
      );
    const workspace = await db.workspace.findUnique({
      where: { slug: workspaceSlug },
      select: { id: true },
    });
    const membership = workspace
      ? await db.membership.findUnique({
          where: { workspaceId_userId: { workspaceId: workspace.id, userId: session.userId } },
          select: { role: true },
        })
      : null;
    if (!workspace || !membership || (session.workspaceScope && session.workspaceScope !== workspace.id))
      throw new AppError("NOT_FOUND", NOT_YOURS_MESSAGE);
    if (membership.role === "VIEWER")
      throw new AppError("FORBIDDEN", "importing needs the API token of an owner or editor of the workspace");

    // Publishing where a second review is required is refused by the import service (403).
    const publish = new URL(request.url).searchParams.get("publish") === "1";
    const text = await readLimitedText(request, MAX_IMPORT_BYTES, "an import");
    const isJson = (request.headers.get("content-type") ?? "").includes("application/json");
    const report = await importArticles(db, isJson ? jsonEntries(text) : lineEntries(text), {
      workspace: workspaceSlug,
      publish,
      actorId: session.userId,
    });
    return Response.json(report);
  } catch (error) {
    return errorResponse(error, "POST /api/workspaces/[workspace]/imports");
  }
}

function planned(annotation: unknown) {
  return runOffThread("planAnnotation", { annotation });
}

function jsonEntries(text: string): ImportEntry[] {
  const parsed = parseJsonBody(text);
  const files = Array.isArray(parsed) ? parsed : [parsed];
  return files.map((annotation, index) => ({ name: `article ${index + 1}`, plan: () => planned(annotation) }));
}

function* lineEntries(text: string): Generator<ImportEntry> {
  const lines = text.split("\n");
  for (const [index, line] of lines.entries()) {
    if (line.trim() === "") continue;
    yield {
      name: `line ${index + 1}`,
      plan: () => {
        if (exceedsJsonDepth(line)) throw new AppError("INVALID", `nests more than ${MAX_JSON_DEPTH} levels deep`);
        let annotation: unknown;
        try {
          annotation = JSON.parse(line.replace(/^\uFEFF/, ""));
        } catch (error) {
          throw new AppError("INVALID", `not JSON: ${(error as Error).message}`);
        }
        return planned(annotation);
      },
    };
  }
}
