// Full-text search over claims (their words and cues), sources (their names) and article titles,
// with PostgreSQL's own text search ('simple' configuration: names and quotes in any language),
// limited to what the reader may read: outside a workspace, only claims whose sourcing is
// published (docs/REVIEW.md), and sources only through such claims. Runs the same on PGlite.
//
// Bounded work per query, however large the database: each kind reads its matches from a GIN
// index on a stored tsvector (migration 20261129222439_search_index), ranks at most
// CANDIDATES_PER_KIND of them, and only the hits returned get a snippet (ts_headline parses text).
import type { Db } from "@/server/database/open-database";
import type { Reader } from "../articles/find-article";

export type SearchHit = {
  kind: "claim" | "source" | "article";
  id: string;
  title: string;
  snippet: string;
  articleSlug: string | null;
  rank: number;
};

/** Hits returned, best first. */
export const MAX_SEARCH_HITS = 50;
// Matches of one kind that are ranked: a word found in 100,000 claims ranks the first 2,000 the
// index yields, so a common word costs what a rare one does (docs/SECURITY.md).
const CANDIDATES_PER_KIND = 2_000;

export async function searchEverything(
  db: Db,
  query: string,
  reader: Reader,
  workspaceId: string | null,
): Promise<SearchHit[]> {
  const mine = reader
    ? (await db.membership.findMany({ where: { userId: reader.userId }, select: { workspaceId: true } })).map(
        (membership) => membership.workspaceId,
      )
    : [];
  return db.$queryRaw<SearchHit[]>`
    WITH q AS (SELECT websearch_to_tsquery('simple', ${query}) AS query),
    claim_hits AS (
      SELECT m.id, m.article_id, ts_rank(m.search_vector, q.query)::float8 AS rank FROM (
        SELECT c.id, c.article_id, c.search_vector
        FROM claim c JOIN article a ON a.id = c.article_id, q
        WHERE c.search_vector @@ q.query
          AND (${workspaceId}::uuid IS NULL OR a.workspace_id = ${workspaceId}::uuid)
          AND (a.workspace_id = ANY(${mine}::uuid[]) OR (a.status = 'PUBLISHED' AND c.review_state = 'PUBLISHED'))
        LIMIT ${CANDIDATES_PER_KIND}
      ) m, q
      ORDER BY rank DESC LIMIT ${MAX_SEARCH_HITS}
    ),
    source_hits AS (
      SELECT m.id, ts_rank(m.search_vector, q.query)::float8 AS rank FROM (
        SELECT s.id, s.search_vector FROM source s, q
        WHERE s.search_vector @@ q.query
          AND (${workspaceId}::uuid IS NULL OR s.workspace_id = ${workspaceId}::uuid)
          -- Outside its workspace a source is known only through the published claims that use it;
          -- each way a claim uses a source has its own index.
          AND (s.workspace_id = ANY(${mine}::uuid[])
            OR EXISTS (SELECT 1 FROM claim c JOIN article a ON a.id = c.article_id
                       WHERE c.speaker_id = s.id AND c.review_state = 'PUBLISHED' AND a.status = 'PUBLISHED')
            OR EXISTS (SELECT 1 FROM claim c JOIN article a ON a.id = c.article_id
                       WHERE c.primary_record_source_id = s.id AND c.review_state = 'PUBLISHED' AND a.status = 'PUBLISHED')
            OR EXISTS (SELECT 1 FROM hop h JOIN claim c ON c.id = h.claim_id JOIN article a ON a.id = c.article_id
                       WHERE h.from_source_id = s.id AND c.review_state = 'PUBLISHED' AND a.status = 'PUBLISHED')
            OR EXISTS (SELECT 1 FROM hop h JOIN claim c ON c.id = h.claim_id JOIN article a ON a.id = c.article_id
                       WHERE h.to_source_id = s.id AND c.review_state = 'PUBLISHED' AND a.status = 'PUBLISHED')
            OR EXISTS (SELECT 1 FROM claim_named_source n JOIN claim c ON c.id = n.claim_id JOIN article a ON a.id = c.article_id
                       WHERE n.source_id = s.id AND c.review_state = 'PUBLISHED' AND a.status = 'PUBLISHED'))
        LIMIT ${CANDIDATES_PER_KIND}
      ) m, q
      ORDER BY rank DESC LIMIT ${MAX_SEARCH_HITS}
    ),
    article_hits AS (
      SELECT m.id, ts_rank(m.search_vector, q.query)::float8 AS rank FROM (
        SELECT a.id, a.search_vector FROM article a, q
        WHERE a.search_vector @@ q.query
          AND (${workspaceId}::uuid IS NULL OR a.workspace_id = ${workspaceId}::uuid)
          AND (a.status = 'PUBLISHED' OR a.workspace_id = ANY(${mine}::uuid[]))
        LIMIT ${CANDIDATES_PER_KIND}
      ) m, q
      ORDER BY rank DESC LIMIT ${MAX_SEARCH_HITS}
    ),
    best AS (
      SELECT 'claim' AS kind, id, rank FROM claim_hits
      UNION ALL SELECT 'source', id, rank FROM source_hits
      UNION ALL SELECT 'article', id, rank FROM article_hits
      ORDER BY rank DESC LIMIT ${MAX_SEARCH_HITS}
    )
    -- Each of the 50 hits looks up its own row by key: a join over the whole tables would read
    -- them whole (a hash join) as they grow.
    SELECT b.kind, b.id::text AS id, b.rank, t.title, t.snippet, t.slug AS "articleSlug"
    FROM best b CROSS JOIN q CROSS JOIN LATERAL (
      SELECT ca.title, ts_headline('simple', c.exact, q.query, 'MaxWords=25, MinWords=8') AS snippet, ca.slug
        FROM claim c JOIN article ca ON ca.id = c.article_id WHERE b.kind = 'claim' AND c.id = b.id
      UNION ALL SELECT s.name, s.name, NULL FROM source s WHERE b.kind = 'source' AND s.id = b.id
      UNION ALL SELECT a.title, a.title, a.slug FROM article a WHERE b.kind = 'article' AND a.id = b.id
    ) t
    ORDER BY b.rank DESC, t.title ASC`;
}
