import type { ArticleSummary } from "@/lib/articles/schemas";
import type { ArticleStatus } from "@/lib/vocabulary";
import type { Db } from "@/server/database/open-database";

export async function listArticles(db: Db, filter: { statuses: ArticleStatus[] }): Promise<ArticleSummary[]> {
  const rows = await db.article.findMany({
    where: { status: { in: filter.statuses } },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      publisher: true,
      status: true,
      publishedAt: true,
      _count: { select: { claims: { where: { reviewState: "PUBLISHED" } } } },
    },
  });
  return rows.map(({ _count, publishedAt, ...row }) => ({
    ...row,
    publishedAt: publishedAt?.toISOString() ?? null,
    claimCount: _count.claims,
  }));
}
