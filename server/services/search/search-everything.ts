// Full-text search over claims (their words and cues), sources and article titles, with
// PostgreSQL's own text search ('simple' configuration: names and quotes in any language),
// limited to what the reader may read. Runs the same on PGlite.
import type { Db } from "@/server/database/open-database";
import type { Reader } from "../articles/find-article";

export type SearchHit = { kind: "claim" | "source" | "article"; id: string; title: string; snippet: string; articleSlug: string | null; rank: number };

export async function searchEverything(db: Db, query: string, reader: Reader, workspaceId: string | null): Promise<SearchHit[]> {
  const userId = reader?.userId ?? null;
  const rows = await db.$queryRaw<SearchHit[]>`
    WITH q AS (SELECT websearch_to_tsquery('simple', ${query}) AS query),
    readable AS (
      SELECT a.id, a.slug, a.title, a.workspace_id FROM article a
      WHERE (a.status = 'PUBLISHED' OR EXISTS (SELECT 1 FROM membership m WHERE m.workspace_id = a.workspace_id AND m.user_id = ${userId}::uuid))
        AND (${workspaceId}::uuid IS NULL OR a.workspace_id = ${workspaceId}::uuid)
    )
    SELECT 'claim' AS kind, c.id::text AS id, r.title AS title,
           ts_headline('simple', c.exact, q.query, 'MaxWords=25, MinWords=8') AS snippet, r.slug AS "articleSlug",
           ts_rank(to_tsvector('simple', c.exact || ' ' || coalesce(c.cue, '')), q.query)::float8 AS rank
    FROM claim c JOIN readable r ON r.id = c.article_id, q
    WHERE to_tsvector('simple', c.exact || ' ' || coalesce(c.cue, '')) @@ q.query
    UNION ALL
    SELECT 'source', s.id::text, s.name, s.name || coalesce(' — ' || s.notes, ''), NULL,
           ts_rank(to_tsvector('simple', s.name || ' ' || coalesce(s.notes, '')), q.query)::float8
    FROM source s, q
    WHERE to_tsvector('simple', s.name || ' ' || coalesce(s.notes, '')) @@ q.query
      AND EXISTS (SELECT 1 FROM readable r WHERE r.workspace_id = s.workspace_id)
    UNION ALL
    SELECT 'article', r.id::text, r.title, r.title, r.slug, ts_rank(to_tsvector('simple', r.title), q.query)::float8
    FROM readable r, q
    WHERE to_tsvector('simple', r.title) @@ q.query
    ORDER BY rank DESC, title ASC
    LIMIT 50`;
  return rows;
}
