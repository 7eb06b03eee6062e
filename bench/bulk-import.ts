// Bulk import against raw multi-row INSERTs of the same rows (issue 14, benchmark 3). Each round
// imports the same synthetic articles into a fresh workspace three ways, alternately: through
// importArticles with the plans made beforehand (the writes alone), through importArticles
// planning each entry (what `claimtrail import` does), and as hand-written multi-row INSERTs of
// the rows the import writes (sources, articles, versions, claims, hops, named sources, audit),
// in batches of the same size, one transaction each. Claims per second; the median of the rounds.
import { randomUUID } from "node:crypto";
import { planAnnotationFile } from "@/lib/annotation/plan-annotation-file";
import type { ImportPlan } from "@/lib/annotation/plan-import";
import type { Database } from "@/server/database/open-database";
import { newArticleSlug } from "@/server/services/articles/article-ref";
import { plannedClaimRows } from "@/server/services/articles/import-annotation";
import { importArticles } from "@/server/services/articles/import-articles";
import type { BenchEngine } from "./bench-engines";

export type BulkImportRow = { engine: string; way: string; claimsPerSecond: number };

const CLAIMS_PER_ARTICLE = 10;
const BATCH_ARTICLES = 100;

function annotation(round: number, index: number) {
  const sentences = Array.from(
    { length: CLAIMS_PER_ARTICLE },
    (_, i) => `Official ${i % 7} said that measure ${round}-${index}-${i} had passed the council.`,
  );
  return {
    url: `https://news.example.org/${round}/${index}`,
    title: `Council roundup ${round}-${index}`,
    article: { body: sentences.join(" ") },
    claims: sentences.map((_, i) => ({
      quote_or_paraphrase: `measure ${round}-${index}-${i} had passed the council`,
      kind: "paraphrase",
      speaker: `Official ${i % 7}`,
      chain: [`Official ${i % 7}`, "Wire Agency", `Daily Gazette ${index % 3}`, "this article"],
      cue: `Official ${i % 7} said`,
      indirect: true,
      sources_named: ["Wire Agency"],
    })),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchBulkImport(engines: BenchEngine[], articles: number, rounds = 3): Promise<BulkImportRow[]> {
  const rows: BulkImportRow[] = [];
  for (const engine of engines) {
    const database = await engine.open();
    const perWay: Record<string, number[]> = { planned: [], planning: [], raw: [] };
    try {
      for (let round = 0; round < rounds; round++) {
        const files = Array.from({ length: articles }, (_, index) => annotation(round, index));
        const plans = files.map((file) => planAnnotationFile(file));
        const claims = plans.reduce((sum, plan) => sum + plan.claims.length, 0);
        for (const way of ["planned", "planning", "raw"] as const) {
          const slug = `bench-${way}-${round}`;
          const started = performance.now();
          if (way === "raw") await insertRaw(database, slug, plans);
          else
            await importArticles(
              database.db,
              files.map((file, index) => ({
                name: String(index),
                plan: () => (way === "planned" ? plans[index]! : planAnnotationFile(file)),
              })),
              { workspace: slug, createWorkspace: true, publish: true, actorId: null },
            );
          perWay[way]!.push(claims / ((performance.now() - started) / 1000));
        }
      }
    } finally {
      await database.close();
    }
    rows.push({ engine: engine.name, way: "bulk import (plans made first)", claimsPerSecond: median(perWay.planned!) });
    rows.push({
      engine: engine.name,
      way: "bulk import (planning each entry)",
      claimsPerSecond: median(perWay.planning!),
    });
    rows.push({ engine: engine.name, way: "raw multi-row INSERTs", claimsPerSecond: median(perWay.raw!) });
  }
  return rows;
}

/** The rows the import writes, as hand-written multi-row INSERTs, one transaction per batch. */
async function insertRaw(database: Database, slug: string, plans: ImportPlan[]): Promise<void> {
  const workspace = await database.db.workspace.create({ data: { slug, name: slug }, select: { id: true } });
  const sourceIds = new Map<string, string>();
  for (let start = 0; start < plans.length; start += BATCH_ARTICLES) {
    const batch = plans.slice(start, start + BATCH_ARTICLES);
    await database.db.$transaction(async (tx) => {
      const insert = (table: string, casts: string[], values: unknown[][]) => {
        if (values.length === 0) return Promise.resolve(0);
        const params: unknown[] = [];
        const tuples = values.map(
          (row) => `(${row.map((value, i) => `$${params.push(value)}::${casts[i]}`).join(", ")})`,
        );
        return tx.$executeRawUnsafe(`INSERT INTO ${table} VALUES ${tuples.join(", ")}`, ...params);
      };
      const fresh = batch.flatMap((plan) => plan.sources).filter((source) => !sourceIds.has(source.key));
      const sources: unknown[][] = [];
      for (const source of fresh) {
        if (sourceIds.has(source.key)) continue;
        sourceIds.set(source.key, randomUUID());
        sources.push([
          sourceIds.get(source.key),
          workspace.id,
          source.type,
          source.name,
          source.key,
          source.url,
          source.notes,
        ]);
      }
      await insert(
        `source (id, workspace_id, type, name, normalized_name, url, notes)`,
        ["uuid", "uuid", `"SourceType"`, "text", "text", "text", "text"],
        sources,
      );
      const ids = batch.map(() => randomUUID());
      await insert(
        `article (id, workspace_id, slug, title, publisher, url, published_at, language, body, status, import_key, import_digest)`,
        [
          "uuid",
          "uuid",
          "text",
          "text",
          "text",
          "text",
          "timestamptz",
          "text",
          "text",
          `"ArticleStatus"`,
          "text",
          "text",
        ],
        batch.map((plan, i) => [
          ids[i],
          workspace.id,
          newArticleSlug(plan.article.title),
          plan.article.title,
          plan.article.publisher,
          plan.article.url,
          plan.article.publishedAt,
          plan.article.language,
          plan.article.body,
          "PUBLISHED",
          `url:${plan.article.url}`,
          "digest",
        ]),
      );
      await insert(
        `article_version (article_id, version, title, body, note)`,
        ["uuid", "int", "text", "text", "text"],
        batch.map((plan, i) => [ids[i], 1, plan.article.title, plan.article.body, "imported"]),
      );
      const claimRows = batch.map((plan, i) =>
        plannedClaimRows(ids[i]!, plan.claims, (key) => sourceIds.get(key)!, "PUBLISHED"),
      );
      await insert(
        `claim (id, article_id, start_offset, end_offset, exact, prefix, suffix, kind, status, stance, speaker_id, cue, note, primary_record, primary_record_note, primary_record_source_id, review_state, published_at)`,
        [
          "uuid",
          "uuid",
          "int",
          "int",
          "text",
          "text",
          "text",
          `"ClaimKind"`,
          `"ClaimStatus"`,
          `"ClaimStance"`,
          "uuid",
          "text",
          "text",
          `"PrimaryRecord"`,
          "text",
          "uuid",
          `"ReviewState"`,
          "timestamptz",
        ],
        claimRows.flatMap((rows) =>
          rows.claims.map((c) => [
            c.id,
            c.articleId,
            c.startOffset,
            c.endOffset,
            c.exact,
            c.prefix,
            c.suffix,
            c.kind,
            c.status,
            c.stance,
            c.speakerId,
            c.cue,
            c.note,
            c.primaryRecord,
            c.primaryRecordNote,
            c.primaryRecordSourceId,
            c.reviewState,
            c.publishedAt,
          ]),
        ),
      );
      await insert(
        `hop (claim_id, from_source_id, to_source_id, relation, first_hand, confidence, position)`,
        ["uuid", "uuid", "uuid", `"HopRelation"`, "boolean", "float8", "int"],
        claimRows.flatMap((rows) =>
          rows.hops.map((h) => [
            h.claimId,
            h.fromSourceId,
            h.toSourceId,
            h.relation,
            h.firstHand,
            h.confidence,
            h.position,
          ]),
        ),
      );
      await insert(
        `claim_named_source (claim_id, source_id, position, mentioned_as)`,
        ["uuid", "uuid", "int", "text"],
        claimRows.flatMap((rows) => rows.named.map((n) => [n.claimId, n.sourceId, n.position, n.mentionedAs])),
      );
      await insert(
        `audit_event (workspace_id, action, entity_type, entity_id, after)`,
        ["uuid", "text", "text", "text", "jsonb"],
        batch.map((plan, i) => [
          workspace.id,
          "article.import",
          "article",
          ids[i],
          JSON.stringify({ title: plan.article.title }),
        ]),
      );
    });
  }
}
