// The rows of an import batch (write-import-batch.ts) as multi-row unnest INSERTs
// (server/database/bulk-insert.ts): one statement per table whatever the batch's size. Prisma's
// createMany took most of a bulk import's time building its statements (3.8 s of 5.2 s for 100
// articles of 10 claims on PGlite, against 1.4 s in the database). Column types:
// server/database/table-columns.ts.
import { bulkInsert, bulkInsertStatement } from "@/server/database/bulk-insert";
import type { Prisma } from "@/server/database/prisma";
import {
  ARTICLE_COLUMNS,
  ARTICLE_VERSION_COLUMNS,
  AUDIT_EVENT_COLUMNS,
  CLAIM_COLUMNS,
  HOP_COLUMNS,
  NAMED_SOURCE_COLUMNS,
  pickColumns,
  SOURCE_COLUMNS,
} from "@/server/database/table-columns";
import type { ClaimRows } from "./import-annotation";

type Tx = Prisma.TransactionClient;
const iso = (date: Date | string | null | undefined) => (date instanceof Date ? date.toISOString() : (date ?? null));

export type SourceRow = Prisma.SourceCreateManyInput & { id: string };
export type ArticleRow = Prisma.ArticleCreateManyInput & { id: string };

export async function insertSources(tx: Tx, rows: SourceRow[]): Promise<void> {
  if (rows.length > 0) await tx.$executeRaw(sourceRowsInsert(rows));
}

/** The INSERT of new sources (not run), for insertSources or a write of several tables at once. */
export function sourceRowsInsert(rows: SourceRow[]): Prisma.Sql {
  return bulkInsertStatement(
    "source",
    pickColumns(SOURCE_COLUMNS, ["id", "workspace_id", "type", "name", "normalized_name", "url", "notes"]),
    rows.map((row) => ({
      id: row.id,
      workspace_id: row.workspaceId,
      type: row.type,
      name: row.name,
      normalized_name: row.normalizedName,
      url: row.url ?? null,
      notes: row.notes ?? null,
    })),
  );
}

/** The articles and their first versions. */
export async function insertArticles(tx: Tx, rows: ArticleRow[], actorId: string | null): Promise<void> {
  await bulkInsert(
    tx,
    "article",
    ARTICLE_COLUMNS,
    rows.map((row) => ({
      id: row.id,
      workspace_id: row.workspaceId,
      slug: row.slug,
      title: row.title,
      publisher: row.publisher ?? null,
      url: row.url ?? null,
      published_at: iso(row.publishedAt),
      language: row.language ?? "en",
      body: row.body,
      status: row.status ?? "DRAFT",
      import_key: row.importKey ?? null,
      import_digest: row.importDigest ?? null,
    })),
  );
  await bulkInsert(
    tx,
    "article_version",
    ARTICLE_VERSION_COLUMNS,
    rows.map((row) => ({
      article_id: row.id,
      version: 1,
      title: row.title,
      body: row.body,
      note: "imported",
      created_by_id: actorId,
    })),
  );
}

export async function insertClaimRows(tx: Tx, rows: ClaimRows): Promise<void> {
  for (const insert of claimRowsInserts(rows)) await tx.$executeRaw(insert);
}

/**
 * The INSERTs of claims, their hops and named sources (not run; none for a table without rows),
 * for insertClaimRows or a write of several tables at once (insertTogether).
 */
export function claimRowsInserts(rows: ClaimRows): Prisma.Sql[] {
  const named = firstOfEach(rows.named);
  return [
    rows.claims.length > 0 &&
      bulkInsertStatement(
        "claim",
        CLAIM_COLUMNS,
        rows.claims.map((claim) => ({
          id: claim.id!,
          article_id: claim.articleId,
          start_offset: claim.startOffset,
          end_offset: claim.endOffset,
          exact: claim.exact,
          prefix: claim.prefix ?? "",
          suffix: claim.suffix ?? "",
          kind: claim.kind,
          status: claim.status ?? "ASSERTED",
          stance: claim.stance ?? "ASSERTS",
          speaker_id: claim.speakerId ?? null,
          cue: claim.cue ?? null,
          note: claim.note ?? null,
          primary_record: claim.primaryRecord ?? "UNKNOWN",
          primary_record_note: claim.primaryRecordNote ?? null,
          primary_record_source_id: claim.primaryRecordSourceId ?? null,
          review_state: claim.reviewState ?? "DRAFT",
          published_at: iso(claim.publishedAt),
          last_sourcing_editor_id: claim.lastSourcingEditorId ?? null,
          anchor_version: claim.anchorVersion ?? 1,
        })),
      ),
    rows.hops.length > 0 &&
      bulkInsertStatement(
        "hop",
        HOP_COLUMNS,
        rows.hops.map((hop) => ({
          claim_id: hop.claimId,
          from_source_id: hop.fromSourceId,
          to_source_id: hop.toSourceId ?? null,
          relation: hop.relation,
          first_hand: hop.firstHand ?? false,
          confidence: hop.confidence,
          position: hop.position ?? 0,
        })),
      ),
    // A claim names a source once: the first mention counts, as createMany's skipDuplicates kept it.
    named.length > 0 &&
      bulkInsertStatement(
        "claim_named_source",
        NAMED_SOURCE_COLUMNS,
        named.map((row) => ({
          claim_id: row.claimId,
          source_id: row.sourceId,
          position: row.position ?? 0,
          mentioned_as: row.mentionedAs ?? null,
        })),
      ),
  ].filter((insert): insert is Prisma.Sql => insert !== false);
}

export async function insertAuditEvents(tx: Tx, rows: Prisma.AuditEventCreateManyInput[]): Promise<void> {
  await bulkInsert(
    tx,
    "audit_event",
    AUDIT_EVENT_COLUMNS,
    rows.map((row) => ({
      workspace_id: row.workspaceId ?? null,
      actor_id: row.actorId ?? null,
      action: row.action,
      entity_type: row.entityType,
      entity_id: row.entityId,
      after: JSON.stringify(row.after),
    })),
  );
}

function firstOfEach(rows: Prisma.ClaimNamedSourceCreateManyInput[]) {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = `${row.claimId} ${row.sourceId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
