// The public list of published articles, newest publication first (undated ones after the
// dated), in keyset pages: each page is one index range scan however deep it is, and claims
// are counted for the page's articles only (article_status_published_at_created_at_id_idx and
// claim_article_id_review_state_idx).
import type { ArticleSummary } from "@/lib/articles/schemas";
import { decodeCursor, encodeCursor } from "@/lib/pagination/keyset-cursor";
import type { Db } from "@/server/database/open-database";
import { Prisma } from "@/server/database/prisma";

const ARTICLE_PAGE_SIZE = 50;

type Row = {
  id: string;
  slug: string;
  title: string;
  publisher: string | null;
  publishedAt: Date | null;
  createdAt: Date;
};

export type ArticlePage = { items: ArticleSummary[]; nextCursor: string | null };

export async function listPublishedArticles(
  db: Db,
  page: { cursor?: string | null; limit?: number } = {},
): Promise<ArticlePage> {
  const limit = page.limit ?? ARTICLE_PAGE_SIZE;
  const after = page.cursor ? decodeCursor(page.cursor, ["instant", "instant", "id"], [true, false, false]) : null;
  // One row more than shown says whether another page follows.
  const wanted = limit + 1;
  const rows: Row[] = [];
  if (!after || after[0] !== null) {
    const [publishedAt, createdAt, id] = after ?? [];
    rows.push(
      ...(await db.$queryRaw<Row[]>`
        SELECT id::text, slug, title, publisher, published_at AS "publishedAt", created_at AS "createdAt"
        FROM article
        WHERE status = 'PUBLISHED' AND published_at IS NOT NULL
          ${after ? Prisma.sql`AND (published_at, created_at, id) < (${publishedAt}::timestamptz, ${createdAt}::timestamptz, ${id}::uuid)` : Prisma.empty}
        ORDER BY published_at DESC, created_at DESC, id DESC
        LIMIT ${wanted}`),
    );
  }
  if (rows.length < wanted) {
    const [, createdAt, id] = after?.[0] === null ? after : [];
    rows.push(
      ...(await db.$queryRaw<Row[]>`
        SELECT id::text, slug, title, publisher, published_at AS "publishedAt", created_at AS "createdAt"
        FROM article
        WHERE status = 'PUBLISHED' AND published_at IS NULL
          ${createdAt ? Prisma.sql`AND (created_at, id) < (${createdAt}::timestamptz, ${id}::uuid)` : Prisma.empty}
        ORDER BY created_at DESC, id DESC
        LIMIT ${wanted - rows.length}`),
    );
  }
  const shown = rows.slice(0, limit);
  const counts = await countPublishedClaims(
    db,
    shown.map((row) => row.id),
  );
  const last = shown.at(-1);
  return {
    items: shown.map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      publisher: row.publisher,
      status: "PUBLISHED" as const,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      claimCount: counts.get(row.id) ?? 0,
    })),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor([last.publishedAt?.toISOString() ?? null, last.createdAt.toISOString(), last.id])
        : null,
  };
}

async function countPublishedClaims(db: Db, articleIds: string[]): Promise<Map<string, number>> {
  if (articleIds.length === 0) return new Map();
  const groups = await db.claim.groupBy({
    by: ["articleId"],
    where: { articleId: { in: articleIds }, reviewState: "PUBLISHED" },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.articleId, group._count._all]));
}
