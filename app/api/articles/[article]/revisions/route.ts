// POST /api/articles/<id-or-slug>/revisions — a CMS publishes a correction.
// Authorization: Bearer <API token of an editor of the article's workspace>.
// Body: JSON { "body": "...", "contentType"?: "text"|"markdown"|"html", "title"?, "note"? }, or the
// text itself as text/plain. Answers with the new version and every claim's re-anchoring.
import { z } from "zod";
import { parseArticleRef } from "@/lib/articles/parse-article-ref";
import { ROLE_RANK } from "@/lib/auth/schemas";
import { AppError } from "@/lib/errors";
import { getDb } from "@/server/db";
import { errorResponse } from "@/server/http/error-response";
import { reviseArticle } from "@/server/services/articles/revise-article";
import { readApiToken, readBearerToken } from "@/server/services/auth/sessions";

const WebhookBody = z.object({
  body: z.string().min(1, "body is empty"),
  contentType: z.enum(["text", "markdown", "html"]).default("text"),
  title: z.string().trim().min(1).max(300).optional(),
  note: z.string().trim().max(2000).optional(),
});

export async function POST(request: Request, context: { params: Promise<{ article: string }> }) {
  try {
    const db = await getDb();
    const session = await readApiToken(db, readBearerToken(request.headers.get("authorization")));
    if (!session)
      throw new AppError(
        "UNAUTHORIZED",
        "send an editor's API token as Authorization: Bearer <token> (create one under Workspaces)",
      );
    const ref = parseArticleRef((await context.params).article);
    const article = await db.article.findUnique({
      where: ref.id ? { id: ref.id } : { slug: ref.slug! },
      select: { id: true, workspaceId: true },
    });
    const membership = article
      ? await db.membership.findUnique({
          where: { workspaceId_userId: { workspaceId: article.workspaceId, userId: session.userId } },
          select: { role: true },
        })
      : null;
    if (!article || !membership) throw new AppError("NOT_FOUND", `no article ${ref.slug ?? ref.id} in your workspaces`);
    if (ROLE_RANK[membership.role] < ROLE_RANK.EDITOR)
      throw new AppError("FORBIDDEN", "revising needs the editor role");

    const isJson = (request.headers.get("content-type") ?? "").includes("application/json");
    const payload = WebhookBody.parse(isJson ? await request.json() : { body: await request.text() });
    const result = await reviseArticle(db, session.userId, {
      articleId: article.id,
      content: payload.body,
      contentType: payload.contentType,
      title: payload.title,
      note: payload.note,
    });
    return Response.json(result, { status: 201 });
  } catch (error) {
    if (error instanceof SyntaxError)
      return Response.json(
        { error: { code: "INVALID", message: "the request body is not valid JSON" } },
        { status: 400 },
      );
    return errorResponse(error);
  }
}
