// An article (its fields and body) and its readable claims, each with its speaker,
// record-statement source, named sources and hops with both ends, in one statement that
// PostgreSQL nests as JSON. Prisma took ten statements for the same rows (the article, its body,
// and eight for claimSourcingSelect) and built the objects itself, which was most of the article
// read's cost (docs/PERFORMANCE.md, issue 14). Each claim comes as its own JSON text, by which
// the read keeps the claim's answer (claim-answers.ts); a row parsed from it is checked against
// the shape Prisma gave, so everything after it is unchanged. Each source is looked up by its key where it is
// named (a subquery per speaker, hop end and named source): joined instead, the planner may hash
// the whole source table for each claim of a small newsroom (docs/PERFORMANCE.md).
import { z } from "zod";
import type { ArticleRef } from "@/lib/articles/schemas";
import { SourceDetail } from "@/lib/sourcing/schemas";
import {
  AnchorState,
  ArticleStatus,
  ClaimKind,
  ClaimStance,
  ClaimStatus,
  HopRelation,
  PrimaryRecord,
  ReviewState,
  StandingStatus,
} from "@/lib/vocabulary";
import type { Db } from "@/server/database/open-database";
import { Prisma } from "@/server/database/prisma";
import type { Reader } from "../articles/find-article";
import type { ClaimSourcingRow } from "./claim-sourcing-select";

// The same fields, in the same order, as claimSourcingSelect: the public note, never the internal one.
const source = (alias: string) =>
  Prisma.raw(`json_build_object('id', ${alias}.id, 'name', ${alias}.name, 'type', ${alias}.type, 'url', ${alias}.url,
    'publicNote', ${alias}.public_note, 'standing', ${alias}.standing, 'standingNote', ${alias}.standing_note)`);

// The readers' source shape, with the standing note always present (the query always selects it).
const Source = SourceDetail.required({ standingNote: true });

// PostgreSQL writes a timestamptz into JSON as ISO 8601 with its offset; Prisma gives a Date.
const Timestamp = z
  .string()
  .nullable()
  .transform((value) => (value === null ? null : new Date(value)));

const Hop = z.object({
  id: z.string(),
  relation: HopRelation,
  relationTermId: z.string().nullable(),
  firstHand: z.boolean(),
  confidence: z.number(),
  evidenceUrl: z.string().nullable(),
  evidenceArchiveUrl: z.string().nullable(),
  evidenceQuote: z.string().nullable(),
  evidenceNote: z.string().nullable(),
  occurredAt: Timestamp,
  standing: StandingStatus,
  position: z.number().int(),
  from: Source,
  to: Source.nullable(),
});

const ClaimRow = z.object({
  id: z.string(),
  articleId: z.string(),
  startOffset: z.number().int(),
  endOffset: z.number().int(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  kind: ClaimKind,
  status: ClaimStatus,
  stance: ClaimStance,
  publishedAt: Timestamp,
  cue: z.string().nullable(),
  note: z.string().nullable(),
  primaryRecord: PrimaryRecord,
  primaryRecordNote: z.string().nullable(),
  version: z.number().int(),
  reviewState: ReviewState,
  anchorState: AnchorState,
  previousExact: z.string().nullable(),
  speaker: Source.nullable(),
  primaryRecordSource: Source.nullable(),
  namedSources: z.array(z.object({ mentionedAs: z.string().nullable(), source: Source })),
  hops: z.array(Hop),
});

// The fields of articleMetaSelect in its order (publishedAt as findArticleMeta gives it); the body
// comes beside the JSON, not escaped into it.
const ArticleRow = z.object({
  id: z.string(),
  workspaceId: z.string(),
  slug: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: Timestamp.transform((date) => date?.toISOString() ?? null),
  language: z.string(),
  status: ArticleStatus,
  version: z.number().int(),
});

// One claim `c` as JSON: the fields of claimSourcingSelect, in its order, for parseClaimRow.
const CLAIM_JSON = Prisma.sql`json_build_object(
  'id', c.id, 'articleId', c.article_id, 'startOffset', c.start_offset, 'endOffset', c.end_offset,
  'exact', c.exact, 'prefix', c.prefix, 'suffix', c.suffix, 'kind', c.kind, 'status', c.status,
  'stance', c.stance, 'publishedAt', c.published_at, 'cue', c.cue, 'note', c.note,
  'primaryRecord', c.primary_record, 'primaryRecordNote', c.primary_record_note, 'version', c.version,
  'reviewState', c.review_state, 'anchorState', c.anchor_state, 'previousExact', c.previous_exact,
  'speaker', (SELECT ${source("s")} FROM source s WHERE s.id = c.speaker_id),
  'primaryRecordSource', (SELECT ${source("s")} FROM source s WHERE s.id = c.primary_record_source_id),
  'namedSources', (SELECT coalesce(json_agg(json_build_object('mentionedAs', n.mentioned_as,
      'source', (SELECT ${source("s")} FROM source s WHERE s.id = n.source_id))
      ORDER BY n.position, n.source_id), '[]'::json)
    FROM claim_named_source n WHERE n.claim_id = c.id),
  'hops', (SELECT coalesce(json_agg(json_build_object(
      'id', h.id, 'relation', h.relation, 'relationTermId', h.relation_term_id, 'firstHand', h.first_hand,
      'confidence', h.confidence, 'evidenceUrl', h.evidence_url, 'evidenceArchiveUrl', h.evidence_archive_url,
      'evidenceQuote', h.evidence_quote, 'evidenceNote', h.evidence_note, 'occurredAt', h.occurred_at,
      'standing', h.standing, 'position', h.position,
      'from', (SELECT ${source("s")} FROM source s WHERE s.id = h.from_source_id),
      'to', (SELECT ${source("s")} FROM source s WHERE s.id = h.to_source_id))
      ORDER BY h.position, h.id), '[]'::json)
    FROM hop h WHERE h.claim_id = c.id)
)`;

/** The filter of readableClaims (readable-articles.ts) on `c` (claim) and `a` (its article). */
function readable(reader: Reader): Prisma.Sql {
  const published = Prisma.sql`(c.review_state = 'PUBLISHED' AND a.status = 'PUBLISHED')`;
  if (!reader) return published;
  return Prisma.sql`(${published} OR EXISTS (SELECT 1 FROM membership m
    WHERE m.workspace_id = a.workspace_id AND m.user_id = ${reader.userId}::uuid))`;
}

// Between two claims' JSON texts: a control character, which PostgreSQL always escapes inside
// JSON strings (\u001e) and never writes between tokens.
const CLAIM_SEPARATOR = "\u001e";

type ArticleRead<Claims> = { article: z.output<typeof ArticleRow> & { body: string }; claims: Claims };

/**
 * The article `ref` names, with its body and the claims `reader` may read, each as the JSON
 * text PostgreSQL wrote for it (the fields of claimSourcingSelect, read by parseClaimRow),
 * ordered by start offset then id, with hops and named sources by position. Equal positions
 * (which Prisma's select left in whatever order the plan gave) go by hop id and by source id,
 * so the answer, and its ETag, do not change with the plan. A claim's text holds everything its
 * answer is made from (its fields, its hops, each source's name, standing and notes for
 * readers), so the same text always gives the same answer: get-article-sourcing.ts keeps
 * answers by it. Null when no article has that slug or id; whether `reader` may read it is the
 * caller's check (a draft comes back with the claims a non-member may read: none). Throws a
 * ZodError when the article's row does not have the expected shape.
 */
export async function readArticleClaimTexts(
  db: Db,
  ref: ArticleRef,
  reader: Reader,
): Promise<ArticleRead<string[]> | null> {
  const where = ref.id ? Prisma.sql`a.id = ${ref.id}::uuid` : Prisma.sql`a.slug = ${ref.slug}`;
  const rows = await db.$queryRaw<Array<{ article: string; body: string; claims: string }>>`
    SELECT json_build_object('id', a.id, 'workspaceId', a.workspace_id, 'slug', a.slug, 'title', a.title,
        'publisher', a.publisher, 'url', a.url, 'publishedAt', a.published_at, 'language', a.language,
        'status', a.status, 'version', a.version)::text AS article,
      a.body,
      (SELECT coalesce(string_agg(${CLAIM_JSON}::text, chr(30) ORDER BY c.start_offset, c.id), '')
      FROM claim c WHERE c.article_id = a.id AND ${readable(reader)}) AS claims
    FROM article a WHERE ${where}`;
  const row = rows[0];
  if (!row) return null;
  const article = ArticleRow.parse(JSON.parse(row.article));
  return {
    article: { ...article, body: row.body },
    claims: row.claims === "" ? [] : row.claims.split(CLAIM_SEPARATOR),
  };
}

/**
 * The claim `claimId` as the JSON text readArticleClaimTexts gives for it, with its article's
 * slug and title, in one statement; null when there is no such claim or `reader` may not read it
 * (the filter of readableClaims, which implies the article is readable: published, or of the
 * reader's workspace).
 */
export async function readClaimText(
  db: Db,
  claimId: string,
  reader: Reader,
): Promise<{ article: { slug: string; title: string }; claim: string } | null> {
  const rows = await db.$queryRaw<Array<{ slug: string; title: string; claim: string }>>`
    SELECT a.slug, a.title, ${CLAIM_JSON}::text AS claim
    FROM claim c JOIN article a ON a.id = c.article_id
    WHERE c.id = ${claimId}::uuid AND ${readable(reader)}`;
  const row = rows[0];
  return row ? { article: { slug: row.slug, title: row.title }, claim: row.claim } : null;
}

/** One claim's row from its JSON text (readArticleClaimTexts, readClaimText). Throws a ZodError when the text does not have the expected shape. */
export function parseClaimRow(text: string): ClaimSourcingRow {
  return ClaimRow.parse(JSON.parse(text));
}

/** readArticleClaimTexts with each claim's row parsed: the rows Prisma gave for claimSourcingSelect. */
export async function readArticleWithClaims(
  db: Db,
  ref: ArticleRef,
  reader: Reader,
): Promise<ArticleRead<ClaimSourcingRow[]> | null> {
  const read = await readArticleClaimTexts(db, ref, reader);
  return read && { article: read.article, claims: read.claims.map(parseClaimRow) };
}
