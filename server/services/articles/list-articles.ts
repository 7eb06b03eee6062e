// The public list of published articles, newest publication first (undated ones after the
// dated), in keyset pages: each page is one index range scan however deep it is, and claims
// are counted for the page's articles only (article_status_published_at_created_at_id_idx and
// claim_article_id_review_state_idx).
import type { ArticleSummary } from "@/lib/articles/schemas";
import { decodeCursor, encodeCursor } from "@/lib/pagination/keyset-cursor";
import type { SqlReader } from "@/server/database/sql-connection";

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

const COLUMNS = `id::text AS id, slug, title, publisher, published_at AS "publishedAt", created_at AS "createdAt"`;

/**
 * One page of published articles. Written in SQL through `sql` (Prisma's connection in the app,
 * the database's own in the CLI, which then never loads Prisma's query compiler). Throws AppError
 * INVALID for a cursor that is not one of this list's.
 */
export async function listPublishedArticles(
  sql: SqlReader,
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
      ...(await sql.query<Row>(
        `SELECT ${COLUMNS}
        FROM article
        WHERE status = 'PUBLISHED' AND published_at IS NOT NULL
          ${after ? "AND (published_at, created_at, id) < ($2::timestamptz, $3::timestamptz, $4::uuid)" : ""}
        ORDER BY published_at DESC, created_at DESC, id DESC
        LIMIT $1::int`,
        after ? [wanted, publishedAt, createdAt, id] : [wanted],
      )),
    );
  }
  if (rows.length < wanted) {
    const [, createdAt, id] = after?.[0] === null ? after : [];
    rows.push(
      ...(await sql.query<Row>(
        `SELECT ${COLUMNS}
        FROM article
        WHERE status = 'PUBLISHED' AND published_at IS NULL
          ${createdAt ? "AND (created_at, id) < ($2::timestamptz, $3::uuid)" : ""}
        ORDER BY created_at DESC, id DESC
        LIMIT $1::int`,
        createdAt ? [wanted - rows.length, createdAt, id] : [wanted - rows.length],
      )),
    );
  }
  const shown = rows.slice(0, limit);
  const counts = await countPublishedClaims(
    sql,
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

/** Published claims per article of the page: one parameter per article, at most a page's worth. */
async function countPublishedClaims(sql: SqlReader, articleIds: string[]): Promise<Map<string, number>> {
  if (articleIds.length === 0) return new Map();
  const groups = await sql.query<{ articleId: string; count: number }>(
    `SELECT article_id::text AS "articleId", count(*)::int AS count
    FROM claim
    WHERE review_state = 'PUBLISHED' AND article_id IN (${articleIds.map((_, i) => `$${i + 1}::uuid`).join(", ")})
    GROUP BY article_id`,
    articleIds,
  );
  return new Map(groups.map((group) => [group.articleId, group.count]));
}
