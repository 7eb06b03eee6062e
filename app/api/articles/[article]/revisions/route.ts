// POST /api/articles/<id-or-slug>/revisions — a CMS publishes a correction.
// Authorization: Bearer <API token of an editor of the article's workspace, unscoped or scoped to it>.
// Body: JSON { "body": "...", "contentType"?: "text"|"markdown"|"html", "title"?, "note"? }, or the
// text itself as text/plain. Answers with the new version and every claim's re-anchoring.
// The route only reads the token and the body: it calls `editing.reviseArticle` through a caller
// built from the token's user, so who may revise and what is valid are decided in one place.
import { ReviseArticleInput } from "@/lib/articles/revision-schemas";
import { AppError, NOT_YOURS_MESSAGE } from "@/lib/errors";
import { findUnsafeText } from "@/lib/input/find-unsafe-text";
import { getDb } from "@/server/db";
import { errorResponse } from "@/server/http/error-response";
import { parseJsonBody, readLimitedText } from "@/server/http/read-limited-body";
import { findArticleId } from "@/server/services/articles/article-ref";
import { readApiToken } from "@/server/services/auth/api-tokens";
import { readBearerToken } from "@/server/services/auth/sessions";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";

// The procedure's own input schema, with the text under the name CMSs send it as.
const WebhookBody = ReviseArticleInput.pick({ contentType: true, title: true, note: true }).extend({
  body: ReviseArticleInput.shape.content,
});

// The revised text is at most 800,000 characters (lib/articles/revision-schemas.ts).
const MAX_WEBHOOK_BODY = 4 * 1024 * 1024;

export async function POST(request: Request, context: { params: Promise<{ article: string }> }) {
  try {
    const db = await getDb();
    const session = await readApiToken(db, readBearerToken(request.headers.get("authorization")));
    if (!session)
      throw new AppError(
        "UNAUTHORIZED",
        "send an editor's API token as Authorization: Bearer <token> (create one under Workspaces)",
      );
    const reference = (await context.params).article;
    const problem = findUnsafeText({ article: reference });
    if (problem) throw new AppError("INVALID", problem);
    const articleId = await findArticleId(db, reference);
    // The answer the procedure gives for another workspace's article or one outside the token's scope.
    if (!articleId) throw new AppError("NOT_FOUND", NOT_YOURS_MESSAGE);

    const isJson = (request.headers.get("content-type") ?? "").includes("application/json");
    const text = await readLimitedText(request, MAX_WEBHOOK_BODY, "a revision");
    const payload = WebhookBody.parse(isJson ? parseJsonBody(text) : { body: text });
    const caller = createCaller(createInnerContext({ db, session, sessionToken: null }));
    const result = await caller.editing.reviseArticle({
      articleId,
      content: payload.body,
      contentType: payload.contentType,
      title: payload.title,
      note: payload.note,
    });
    return Response.json(result, { status: 201 });
  } catch (error) {
    return errorResponse(error, "POST /api/articles/[article]/revisions");
  }
}
