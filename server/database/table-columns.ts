// The PostgreSQL type of every column that the multi-row inserts (bulk-insert.ts) write, one map
// per table, so the import batches (articles/import-rows.ts) and the synthetic newsroom
// (newsroom/write-newsroom.ts) cannot disagree with each other or drift apart. A writer that
// leaves columns to their database defaults takes the ones it fills with `pickColumns`.
import type { ColumnTypes } from "./bulk-insert";

export const SOURCE_COLUMNS = {
  id: "uuid",
  workspace_id: "uuid",
  type: '"SourceType"',
  standing: '"StandingStatus"',
  name: "text",
  normalized_name: "text",
  url: "text",
  notes: "text",
} as const;

export const ARTICLE_COLUMNS = {
  id: "uuid",
  workspace_id: "uuid",
  slug: "text",
  title: "text",
  publisher: "text",
  url: "text",
  published_at: "timestamptz",
  language: "text",
  body: "text",
  status: '"ArticleStatus"',
  import_key: "text",
  import_digest: "text",
} as const;

export const ARTICLE_VERSION_COLUMNS = {
  article_id: "uuid",
  version: "integer",
  title: "text",
  body: "text",
  note: "text",
  created_by_id: "uuid",
} as const;

export const CLAIM_COLUMNS = {
  id: "uuid",
  article_id: "uuid",
  start_offset: "integer",
  end_offset: "integer",
  exact: "text",
  prefix: "text",
  suffix: "text",
  kind: '"ClaimKind"',
  status: '"ClaimStatus"',
  stance: '"ClaimStance"',
  speaker_id: "uuid",
  cue: "text",
  note: "text",
  primary_record: '"PrimaryRecord"',
  primary_record_note: "text",
  primary_record_source_id: "uuid",
  review_state: '"ReviewState"',
  published_at: "timestamptz",
  last_sourcing_editor_id: "uuid",
  anchor_version: "integer",
} as const;

export const HOP_COLUMNS = {
  claim_id: "uuid",
  from_source_id: "uuid",
  to_source_id: "uuid",
  relation: '"HopRelation"',
  first_hand: "boolean",
  confidence: "double precision",
  position: "integer",
} as const;

export const NAMED_SOURCE_COLUMNS = {
  claim_id: "uuid",
  source_id: "uuid",
  position: "integer",
  mentioned_as: "text",
} as const;

export const AUDIT_EVENT_COLUMNS = {
  workspace_id: "uuid",
  actor_id: "uuid",
  action: "text",
  entity_type: "text",
  entity_id: "text",
  after: "jsonb",
} as const;

/** The rows a column map takes: one value per column (null for SQL NULL). */
export type RowsOf<Columns> = Array<{ [K in keyof Columns]: unknown }>;

/** The columns `names` of a table's map, in that order, for a writer that fills only those. */
export function pickColumns<Columns extends ColumnTypes<Record<string, unknown>>, Name extends keyof Columns & string>(
  columns: Columns,
  names: readonly Name[],
): Pick<Columns, Name> {
  return Object.fromEntries(names.map((name) => [name, columns[name]])) as Pick<Columns, Name>;
}
