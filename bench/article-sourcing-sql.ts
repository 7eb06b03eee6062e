// The baseline of the article sourcing read: one hand-written query returning the rows the
// public article page needs (the published claims of an article with their speaker, named
// sources and hops with both ends), nested as JSON. $1: the article's id.
const SOURCE = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'name', ${alias}.name, 'type', ${alias}.type, 'url', ${alias}.url, 'notes', ${alias}.notes, 'standing', ${alias}.standing)`;

export const ARTICLE_SOURCING_SQL = `
SELECT a.id, a.slug, a.title, a.body, (
  SELECT coalesce(json_agg(claim ORDER BY claim.start_offset), '[]'::json) FROM (
    SELECT c.id, c.start_offset, c.end_offset, c.exact, c.prefix, c.suffix, c.kind, c.status, c.cue, c.note,
      c.primary_record, c.primary_record_note, c.version, c.review_state,
      (SELECT ${SOURCE("s")} FROM source s WHERE s.id = c.speaker_id) AS speaker,
      (SELECT coalesce(json_agg(json_build_object('mentionedAs', n.mentioned_as, 'source', ${SOURCE("s")}) ORDER BY n.position), '[]'::json)
         FROM claim_named_source n JOIN source s ON s.id = n.source_id WHERE n.claim_id = c.id) AS named_sources,
      (SELECT coalesce(json_agg(json_build_object(
          'id', h.id, 'relation', h.relation, 'firstHand', h.first_hand, 'confidence', h.confidence,
          'evidenceUrl', h.evidence_url, 'evidenceQuote', h.evidence_quote, 'standing', h.standing, 'position', h.position,
          'from', ${SOURCE("f")}, 'to', CASE WHEN t.id IS NULL THEN NULL ELSE ${SOURCE("t")} END) ORDER BY h.position), '[]'::json)
         FROM hop h JOIN source f ON f.id = h.from_source_id LEFT JOIN source t ON t.id = h.to_source_id
         WHERE h.claim_id = c.id) AS hops
    FROM claim c WHERE c.article_id = a.id AND c.review_state = 'PUBLISHED'
  ) claim
) AS claims
FROM article a WHERE a.id = $1::uuid AND a.status = 'PUBLISHED'`;
