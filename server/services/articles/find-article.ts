// Reads an article by slug or id. Drafts are only for members of the article's workspace;
// to anyone else a draft does not exist (NOT_FOUND, not FORBIDDEN, so its title cannot leak).
// Readers outside the workspace see only the claims whose sourcing is published.

import type { ArticleDetail, ArticleRef } from "@/lib/articles/schemas";
import { AppError } from "@/lib/errors";
import type { Db } from "@/server/database/open-database";
import { readableClaims } from "../sourcing/readable-articles";
import { articleWhere } from "./article-ref";
import { articleMetaSelect, sourceRefSelect } from "./select-article";

export type Reader = { userId: string } | null;

export async function findArticleMeta(db: Db, ref: ArticleRef, reader: Reader) {
  const article = await db.article.findUnique({
    where: articleWhere(ref),
    select: articleMetaSelect,
  });
  await checkReadable(db, ref, article, reader);
  return { ...article!, publishedAt: article!.publishedAt?.toISOString() ?? null };
}

/** Throws AppError NOT_FOUND unless `article` (null: none has that slug or id) exists for `reader`. */
export async function checkReadable(
  db: Db,
  ref: ArticleRef,
  article: { status: string; workspaceId: string } | null,
  reader: Reader,
): Promise<void> {
  if (!article || !(await canRead(db, article, reader))) {
    throw new AppError("NOT_FOUND", `no article ${ref.slug ?? ref.id}; check the link, or sign in if it is a draft`);
  }
}

export async function getArticleDetail(db: Db, ref: ArticleRef, reader: Reader): Promise<ArticleDetail> {
  const meta = await findArticleMeta(db, ref, reader);
  const article = await db.article.findUniqueOrThrow({
    where: { id: meta.id },
    select: {
      body: true,
      claims: {
        where: readableClaims(reader),
        orderBy: { startOffset: "asc" },
        select: {
          id: true,
          startOffset: true,
          endOffset: true,
          exact: true,
          kind: true,
          status: true,
          cue: true,
          primaryRecord: true,
          speaker: { select: sourceRefSelect },
        },
      },
    },
  });
  return {
    ...meta,
    body: article.body,
    claims: article.claims.map(({ startOffset, endOffset, exact, ...claim }) => ({
      ...claim,
      start: startOffset,
      end: endOffset,
      quote: exact,
    })),
  };
}

async function canRead(db: Db, article: { status: string; workspaceId: string }, reader: Reader): Promise<boolean> {
  if (article.status === "PUBLISHED") return true;
  if (!reader) return false;
  const membership = await db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: article.workspaceId, userId: reader.userId } },
    select: { id: true },
  });
  return membership !== null;
}
