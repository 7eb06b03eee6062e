// Writes a synthetic newsroom (lib/newsroom/plan-newsroom.ts) into a workspace with multi-row
// inserts, one transaction per batch of articles: a kill leaves whole articles only. For
// benchmarks and load tests; editors' data never comes this way.
import { randomUUID } from "node:crypto";
import type { SyntheticArticle } from "@/lib/newsroom/plan-article";
import type { NewsroomPlan } from "@/lib/newsroom/plan-newsroom";
import { normalizeSourceName } from "@/lib/sources/normalize-source-name";
import { bulkInsert } from "@/server/database/bulk-insert";
import type { Db } from "@/server/database/open-database";
import {
  ARTICLE_COLUMNS,
  ARTICLE_VERSION_COLUMNS,
  CLAIM_COLUMNS,
  HOP_COLUMNS,
  NAMED_SOURCE_COLUMNS,
  pickColumns,
  type RowsOf,
  SOURCE_COLUMNS,
} from "@/server/database/table-columns";

/** Claims per transaction. */
const BATCH_CLAIMS = 5000;
const HOUR = 3_600_000;

export type NewsroomWritten = { workspaceId: string; articles: number; claims: number; hops: number; sources: number };

export async function writeNewsroom(
  db: Db,
  plan: NewsroomPlan,
  options: { workspaceSlug: string; onProgress?: (claims: number) => void },
): Promise<NewsroomWritten> {
  const workspace = await db.workspace.upsert({
    where: { slug: options.workspaceSlug },
    create: { slug: options.workspaceSlug, name: `Synthetic newsroom ${options.workspaceSlug}` },
    update: {},
    select: { id: true },
  });
  const sourceIds = plan.sources.all.map(() => randomUUID());
  await bulkInsert(
    db,
    "source",
    pickColumns(SOURCE_COLUMNS, ["id", "workspace_id", "name", "normalized_name", "type", "standing"]),
    plan.sources.all.map((source, index) => ({
      id: sourceIds[index]!,
      workspace_id: workspace.id,
      name: source.name,
      normalized_name: normalizeSourceName(source.name),
      type: source.type,
      standing: source.standing,
    })),
  );
  const written = { workspaceId: workspace.id, articles: 0, claims: 0, hops: 0, sources: sourceIds.length };
  const origin = Date.now();
  let batch: SyntheticArticle[] = [];
  let batchClaims = 0;
  const flush = async () => {
    const rows = toRows(batch, written.articles, workspace.id, options.workspaceSlug, sourceIds, origin);
    await db.$transaction(async (tx) => {
      await bulkInsert(tx, "article", ARTICLE_WRITTEN, rows.articles);
      await bulkInsert(tx, "article_version", VERSION_WRITTEN, rows.versions);
      await bulkInsert(tx, "claim", CLAIM_WRITTEN, rows.claims);
      await bulkInsert(tx, "hop", HOP_COLUMNS, rows.hops);
      await bulkInsert(tx, "claim_named_source", NAMED_WRITTEN, rows.named);
    });
    written.articles += rows.articles.length;
    written.claims += rows.claims.length;
    written.hops += rows.hops.length;
    options.onProgress?.(written.claims);
    batch = [];
    batchClaims = 0;
  };
  for (const article of plan.articles()) {
    batch.push(article);
    batchClaims += article.claims.length;
    if (batchClaims >= BATCH_CLAIMS) await flush();
  }
  if (batch.length) await flush();
  // Fresh statistics, so the planner sees the newsroom as it now is.
  await db.$executeRawUnsafe("ANALYZE");
  return written;
}

const ARTICLE_WRITTEN = pickColumns(ARTICLE_COLUMNS, [
  "id",
  "workspace_id",
  "slug",
  "title",
  "body",
  "status",
  "published_at",
]);
const VERSION_WRITTEN = pickColumns(ARTICLE_VERSION_COLUMNS, ["article_id", "version", "title", "body", "note"]);
const CLAIM_WRITTEN = pickColumns(CLAIM_COLUMNS, [
  "id",
  "article_id",
  "start_offset",
  "end_offset",
  "exact",
  "prefix",
  "suffix",
  "kind",
  "speaker_id",
  "review_state",
]);
const NAMED_WRITTEN = pickColumns(NAMED_SOURCE_COLUMNS, ["claim_id", "source_id", "position"]);

function toRows(
  articles: SyntheticArticle[],
  first: number,
  workspaceId: string,
  slug: string,
  sourceIds: string[],
  origin: number,
) {
  const rows = {
    articles: [] as RowsOf<typeof ARTICLE_WRITTEN>,
    versions: [] as RowsOf<typeof VERSION_WRITTEN>,
    claims: [] as RowsOf<typeof CLAIM_WRITTEN>,
    hops: [] as RowsOf<typeof HOP_COLUMNS>,
    named: [] as RowsOf<typeof NAMED_WRITTEN>,
  };
  const source = (index: number | null) => (index === null ? null : sourceIds[index]!);
  for (const [offset, article] of articles.entries()) {
    const index = first + offset;
    const articleId = randomUUID();
    rows.articles.push({
      id: articleId,
      workspace_id: workspaceId,
      slug: `${slug}-report-${index + 1}`,
      title: article.title,
      body: article.body,
      status: article.published ? "PUBLISHED" : "DRAFT",
      // One article an hour, the newest first; every fiftieth has no publication date.
      published_at: index % 50 === 49 ? null : new Date(origin - index * HOUR).toISOString(),
    });
    rows.versions.push({
      article_id: articleId,
      version: 1,
      title: article.title,
      body: article.body,
      note: "generated",
    });
    for (const claim of article.claims) {
      const claimId = randomUUID();
      rows.claims.push({
        id: claimId,
        article_id: articleId,
        start_offset: claim.start,
        end_offset: claim.end,
        exact: claim.exact,
        prefix: claim.prefix,
        suffix: claim.suffix,
        kind: claim.kind,
        speaker_id: source(claim.speaker),
        review_state: article.published && claim.published ? "PUBLISHED" : "DRAFT",
      });
      for (const [position, hop] of claim.hops.entries()) {
        rows.hops.push({
          claim_id: claimId,
          from_source_id: source(hop.from),
          to_source_id: source(hop.to),
          relation: hop.relation,
          first_hand: hop.firstHand,
          confidence: hop.confidence,
          position,
        });
      }
      for (const [position, named] of claim.named.entries()) {
        rows.named.push({ claim_id: claimId, source_id: source(named), position });
      }
    }
  }
  return rows;
}
