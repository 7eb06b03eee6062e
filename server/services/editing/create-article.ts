// Adds an article by pasted text or an uploaded .txt/.md/.html file (reduced to plain text).
import { articleBodyFrom } from "@/lib/articles/article-body-from";
import type { CreateArticleInput } from "@/lib/editing/schemas";
import type { ArticleStatus } from "@/lib/vocabulary";
import type { Db } from "@/server/database/open-database";
import { Prisma } from "@/server/database/prisma";
import { runOffThread } from "@/server/workers/cpu-pool";
import { newArticleSlug } from "../articles/article-ref";
import { recordAudit } from "../audit/record-audit";

type Input = {
  workspaceId: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string;
  content: string;
  contentType: "text" | "markdown" | "html";
  status: ArticleStatus;
};

/**
 * The body to store (lib/articles/article-body-from.ts). Markup is parsed in the CPU pool's
 * threads (server/workers/cpu-pool.ts): a large upload never holds the event loop; plain text
 * only needs its line endings normalised, which is cheaper here than a trip to a thread.
 */
export async function parseArticleBody(
  content: string,
  contentType: CreateArticleInput["contentType"],
): Promise<string> {
  if (contentType === "text") return articleBodyFrom(content, contentType);
  return runOffThread("articleBody", { content, contentType });
}

export async function createArticle(db: Db, actorId: string, input: Input): Promise<{ id: string; slug: string }> {
  const body = await parseArticleBody(input.content, input.contentType);
  // A slug carries a random key (article-ref.ts), so the same title never collides; should two
  // keys ever meet, the insert that loses tries again with a new one.
  for (let attempt = 1; ; attempt++) {
    try {
      return await insertArticle(db, actorId, input, body);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002")
        throw error;
    }
  }
}

async function insertArticle(
  db: Db,
  actorId: string,
  input: Input,
  body: string,
): Promise<{ id: string; slug: string }> {
  return db.$transaction(async (tx) => {
    const slug = newArticleSlug(input.title);
    const article = await tx.article.create({
      data: {
        workspaceId: input.workspaceId,
        slug,
        title: input.title,
        publisher: input.publisher,
        url: input.url,
        publishedAt: input.publishedAt ? new Date(input.publishedAt) : null,
        language: input.language,
        body,
        status: input.status,
      },
      select: { id: true, slug: true },
    });
    await tx.articleVersion.create({
      data: { articleId: article.id, version: 1, title: input.title, body, createdById: actorId },
    });
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actorId,
      action: "article.create",
      entityType: "article",
      entityId: article.id,
      after: { slug, title: input.title, status: input.status, bodyLength: body.length },
    });
    return article;
  });
}

export async function setArticleStatus(
  db: Db,
  actorId: string,
  articleId: string,
  status: ArticleStatus,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { status: true, workspaceId: true },
    });
    // The version numbers the article's text (its versions page): publishing changes no text.
    await tx.article.update({ where: { id: articleId }, data: { status } });
    await recordAudit(tx, {
      workspaceId: before.workspaceId,
      actorId,
      action: "article.status",
      entityType: "article",
      entityId: articleId,
      before: { status: before.status },
      after: { status },
    });
  });
}
