// The baseline of the article sourcing read: one hand-written query returning exactly the rows
// and columns a signed-out reader receives from `sourcing.article` (the published article's
// fields and body; its published claims, each with its speaker, record-statement source, named
// sources and hops with both ends; each source with its public note and standing note, never the
// internal one), nested as JSON, ordered as the answer is. Each source is looked up by its key
// where it is named, as a good hand-written query would: a join lets the planner hash the whole
// source table on a small database. tests/integration/article-sourcing-reference.test.ts holds it
// to the app's own read. $1: the article's id.
const SOURCE = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'name', ${alias}.name, 'type', ${alias}.type, 'url', ${alias}.url,
    'publicNote', ${alias}.public_note, 'standing', ${alias}.standing, 'standingNote', ${alias}.standing_note)`;

const byKey = (column: string) => `(SELECT ${SOURCE("s")} FROM source s WHERE s.id = ${column})`;

export const ARTICLE_SOURCING_SQL = `
SELECT a.id, a.workspace_id, a.slug, a.title, a.publisher, a.url, a.published_at, a.language, a.status, a.version,
  a.body, (
  SELECT coalesce(json_agg(json_build_object(
    'id', c.id, 'articleId', c.article_id, 'startOffset', c.start_offset, 'endOffset', c.end_offset,
    'exact', c.exact, 'prefix', c.prefix, 'suffix', c.suffix, 'kind', c.kind, 'status', c.status,
    'stance', c.stance, 'publishedAt', c.published_at, 'cue', c.cue, 'note', c.note,
    'primaryRecord', c.primary_record, 'primaryRecordNote', c.primary_record_note, 'version', c.version,
    'reviewState', c.review_state, 'anchorState', c.anchor_state, 'previousExact', c.previous_exact,
    'speaker', ${byKey("c.speaker_id")},
    'primaryRecordSource', ${byKey("c.primary_record_source_id")},
    'namedSources', (SELECT coalesce(json_agg(json_build_object('mentionedAs', n.mentioned_as,
        'source', ${byKey("n.source_id")}) ORDER BY n.position, n.source_id), '[]'::json)
      FROM claim_named_source n WHERE n.claim_id = c.id),
    'hops', (SELECT coalesce(json_agg(json_build_object(
        'id', h.id, 'relation', h.relation, 'relationTermId', h.relation_term_id, 'firstHand', h.first_hand,
        'confidence', h.confidence, 'evidenceUrl', h.evidence_url, 'evidenceArchiveUrl', h.evidence_archive_url,
        'evidenceQuote', h.evidence_quote, 'evidenceNote', h.evidence_note, 'occurredAt', h.occurred_at,
        'standing', h.standing, 'position', h.position,
        'from', ${byKey("h.from_source_id")}, 'to', ${byKey("h.to_source_id")}) ORDER BY h.position, h.id), '[]'::json)
      FROM hop h WHERE h.claim_id = c.id)
  ) ORDER BY c.start_offset, c.id), '[]'::json)
  FROM claim c WHERE c.article_id = a.id AND c.review_state = 'PUBLISHED'
) AS claims
FROM article a WHERE a.id = $1::uuid AND a.status = 'PUBLISHED'`;
