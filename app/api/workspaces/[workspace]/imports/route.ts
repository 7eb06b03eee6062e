// POST /api/workspaces/<slug>/imports — a CMS imports many annotated articles at once; the
// request is read, authorized and answered by server/http/import-request.ts.
import { getDb } from "@/server/db";
import { answerImportRequest } from "@/server/http/import-request";

export async function POST(request: Request, context: { params: Promise<{ workspace: string }> }) {
  return answerImportRequest(await getDb(), request, (await context.params).workspace);
}
