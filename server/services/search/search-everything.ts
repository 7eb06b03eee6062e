// Full-text search over claims (their words and cues), sources and article titles, with
// PostgreSQL's own text search ('simple' configuration: names and quotes in any language),
// limited to what the reader may read: outside a workspace, only claims whose sourcing is
// published (docs/REVIEW.md). Runs the same on PGlite.
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

export async function searchEverything(
  db: Db,
  query: string,
  reader: Reader,
  workspaceId: string | null,
): Promise<SearchHit[]> {
  const userId = reader?.userId ?? null;
  const rows = await db.$queryRaw<SearchHit[]>`
    WITH q AS (SELECT websearch_to_tsquery('simple', ${query}) AS query),
    readable AS (
      SELECT a.id, a.slug, a.title, a.workspace_id, a.member FROM (
        SELECT a.id, a.slug, a.title, a.workspace_id, a.status,
               EXISTS (SELECT 1 FROM membership m WHERE m.workspace_id = a.workspace_id AND m.user_id = ${userId}::uuid) AS member
        FROM article a
      ) a
      WHERE (a.status = 'PUBLISHED' OR a.member)
        AND (${workspaceId}::uuid IS NULL OR a.workspace_id = ${workspaceId}::uuid)
    )
    SELECT 'claim' AS kind, c.id::text AS id, r.title AS title,
           ts_headline('simple', c.exact, q.query, 'MaxWords=25, MinWords=8') AS snippet, r.slug AS "articleSlug",
           ts_rank(to_tsvector('simple', c.exact || ' ' || coalesce(c.cue, '')), q.query)::float8 AS rank
    FROM claim c JOIN readable r ON r.id = c.article_id, q
    WHERE to_tsvector('simple', c.exact || ' ' || coalesce(c.cue, '')) @@ q.query
      AND (r.member OR c.review_state = 'PUBLISHED')
    UNION ALL
    SELECT 'source', s.id::text, s.name, s.name || coalesce(' — ' || s.notes, ''), NULL,
           ts_rank(to_tsvector('simple', s.name || ' ' || coalesce(s.notes, '')), q.query)::float8
    FROM source s, q
    WHERE to_tsvector('simple', s.name || ' ' || coalesce(s.notes, '')) @@ q.query
      AND (${workspaceId}::uuid IS NULL OR s.workspace_id = ${workspaceId}::uuid)
      -- Outside its workspace a source is known only through the published claims that use it.
      AND (EXISTS (SELECT 1 FROM membership m WHERE m.workspace_id = s.workspace_id AND m.user_id = ${userId}::uuid)
        OR EXISTS (
          SELECT 1 FROM claim c JOIN article a ON a.id = c.article_id
          WHERE a.status = 'PUBLISHED' AND c.review_state = 'PUBLISHED'
            AND (c.speaker_id = s.id OR c.primary_record_source_id = s.id
              OR EXISTS (SELECT 1 FROM hop h WHERE h.claim_id = c.id AND (h.from_source_id = s.id OR h.to_source_id = s.id))
              OR EXISTS (SELECT 1 FROM claim_named_source n WHERE n.claim_id = c.id AND n.source_id = s.id))))
    UNION ALL
    SELECT 'article', r.id::text, r.title, r.title, r.slug, ts_rank(to_tsvector('simple', r.title), q.query)::float8
    FROM readable r, q
    WHERE to_tsvector('simple', r.title) @@ q.query
    ORDER BY rank DESC, title ASC
    LIMIT 50`;
  return rows;
}
