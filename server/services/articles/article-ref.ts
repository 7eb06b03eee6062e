// How an article named by a person or a script (an id, or a slug) is found: the one lookup the
// pages, the CLI and the CMS webhook share. Who may read or change it is decided elsewhere
// (find-article.ts for readers, the procedure builders for writers).
import { parseArticleRef } from "@/lib/articles/parse-article-ref";
import type { ArticleRef } from "@/lib/articles/schemas";
import type { Db } from "@/server/database/open-database";

/** The unique-key condition for an article reference. */
export function articleWhere(ref: ArticleRef): { id: string } | { slug: string } {
  return ref.id ? { id: ref.id } : { slug: ref.slug! };
}

/** The id of the article a string names (a UUID is an id, anything else a slug), or null. */
export async function findArticleId(db: Db, reference: string): Promise<string | null> {
  const article = await db.article.findUnique({
    where: articleWhere(parseArticleRef(reference)),
    select: { id: true },
  });
  return article?.id ?? null;
}
