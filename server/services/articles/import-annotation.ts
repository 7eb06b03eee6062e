// Writes an import plan (lib/annotation/plan-import.ts) as one transaction: sources are reused
// when the workspace has them already, the article, its claims, hops and named sources are
// created, and one audit event records the import. A failure anywhere leaves nothing behind.
import { randomUUID } from "node:crypto";
import type { ImportPlan, PlannedClaim } from "@/lib/annotation/plan-import";
import type { PlannedSource } from "@/lib/annotation/source-registry";
import { uniqueSlug } from "@/lib/articles/slugify";
import type { ArticleStatus, ReviewState } from "@/lib/vocabulary";
import type { Db } from "@/server/database/open-database";
import type { Prisma } from "@/server/database/prisma";
import { recordAudit } from "../audit/record-audit";
import { lockNames, resolveSourceNames } from "../sources/resolve-source-names";
import { newArticleSlug } from "./article-ref";
import { type SourceRow, sourceRowsInsert } from "./import-rows";

export type ImportOptions = {
  workspaceId: string;
  actorId: string | null;
  status: ArticleStatus;
  slug?: string;
  /** Where the imported claims start in the review workflow (a reviewed data set: PUBLISHED). */
  reviewState?: ReviewState;
};

export type ImportResult = { articleId: string; slug: string; claimCount: number; sourcesCreated: number };

export async function importAnnotation(db: Db, plan: ImportPlan, options: ImportOptions): Promise<ImportResult> {
  return db.$transaction((tx) => writeImportPlan(tx, plan, options));
}

/** A fixed slug (the demo article's), or the first of slug-2, slug-3… when it is taken. */
async function freeSlug(tx: Prisma.TransactionClient, base: string): Promise<string> {
  const taken = await tx.article.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return uniqueSlug(base, new Set(taken.map((row) => row.slug)));
}

/** The import inside a caller's transaction (the demo seed adds its own steps around it). */
export async function writeImportPlan(
  tx: Prisma.TransactionClient,
  plan: ImportPlan,
  options: ImportOptions,
): Promise<ImportResult> {
  const slug = options.slug ? await freeSlug(tx, options.slug) : newArticleSlug(plan.article.title);

  const sources = await writePlannedSources(tx, options.workspaceId, plan.sources);

  const article = await tx.article.create({
    data: {
      workspaceId: options.workspaceId,
      slug,
      title: plan.article.title,
      publisher: plan.article.publisher,
      url: plan.article.url,
      publishedAt: plan.article.publishedAt ? new Date(plan.article.publishedAt) : null,
      language: plan.article.language,
      body: plan.article.body,
      status: options.status,
    },
    select: { id: true },
  });

  await tx.articleVersion.create({
    data: {
      articleId: article.id,
      version: 1,
      title: plan.article.title,
      body: plan.article.body,
      createdById: options.actorId,
      note: "imported",
    },
  });
  const { claimIds, hopCount } = await writePlannedClaims(
    tx,
    article.id,
    plan.claims,
    sources.idOf,
    options.reviewState,
  );

  await recordAudit(tx, {
    workspaceId: options.workspaceId,
    actorId: options.actorId,
    action: "article.import",
    entityType: "article",
    entityId: article.id,
    after: {
      slug,
      title: plan.article.title,
      claims: claimIds.length,
      hops: hopCount,
      sourcesCreated: sources.created,
    },
  });
  return { articleId: article.id, slug, claimCount: claimIds.length, sourcesCreated: sources.created.length };
}

/**
 * Finds each planned source in the workspace — by name, by alias, or as the survivor of a merge —
 * creating the missing ones, so an import never duplicates a source or uses a merged one. A
 * constant number of statements whatever the number of sources: one lock for every name (sorted,
 * so two writers cannot deadlock), one read and one insert.
 */
async function writePlannedSources(tx: Prisma.TransactionClient, workspaceId: string, planned: PlannedSource[]) {
  const sources = await findPlannedSources(tx, workspaceId, planned);
  if (sources.rows.length > 0) await tx.$executeRaw(sourceRowsInsert(sources.rows));
  return sources;
}

/**
 * writePlannedSources without the insert: the names locked and resolved, and the rows of the
 * sources to create (ids made here), for a write that inserts them with its other rows.
 */
export async function findPlannedSources(tx: Prisma.TransactionClient, workspaceId: string, planned: PlannedSource[]) {
  const keys = planned.map((source) => source.key);
  await lockNames(tx, workspaceId, keys);
  const resolved = await resolveSourceNames(tx, workspaceId, keys);
  const sourceIds = new Map([...resolved].map(([key, name]) => [key, name.sourceId]));
  const rows: SourceRow[] = [];
  for (const source of planned) {
    if (sourceIds.has(source.key)) continue;
    const id = randomUUID();
    rows.push({
      id,
      workspaceId,
      type: source.type,
      name: source.name,
      normalizedName: source.key,
      url: source.url,
      notes: source.notes,
    });
    sourceIds.set(source.key, id);
  }
  return { idOf: (key: string) => sourceIds.get(key)!, created: rows.map((row) => row.name), rows };
}

/** Writes planned claims with their hops and named sources, in a fixed number of statements. */
async function writePlannedClaims(
  tx: Prisma.TransactionClient,
  articleId: string,
  claims: PlannedClaim[],
  idOf: (key: string) => string,
  reviewState: ReviewState = "DRAFT",
) {
  const rows = plannedClaimRows(articleId, claims, idOf, reviewState);
  await createClaimRows(tx, rows);
  return { claimIds: rows.claims.map((row) => row.id), hopCount: rows.hops.length };
}

export type ClaimRows = {
  claims: Prisma.ClaimCreateManyInput[];
  hops: Prisma.HopCreateManyInput[];
  named: Prisma.ClaimNamedSourceCreateManyInput[];
};

/** The rows of planned claims, their hops and named sources (ids made here), not yet written. */
export function plannedClaimRows(
  articleId: string,
  claims: PlannedClaim[],
  idOf: (key: string) => string,
  reviewState: ReviewState = "DRAFT",
): ClaimRows & { claims: { id: string }[] } {
  const publishedAt = reviewState === "PUBLISHED" ? new Date() : null;
  const claimRows = claims.map((claim) => ({
    id: randomUUID(),
    articleId,
    startOffset: claim.anchor.start,
    endOffset: claim.anchor.end,
    exact: claim.anchor.exact,
    prefix: claim.anchor.prefix,
    suffix: claim.anchor.suffix,
    kind: claim.kind,
    status: claim.status,
    stance: claim.stance,
    speakerId: claim.speakerKey ? idOf(claim.speakerKey) : null,
    cue: claim.cue,
    note: claim.note,
    primaryRecord: claim.primaryRecord,
    primaryRecordNote: claim.primaryRecordNote,
    primaryRecordSourceId: claim.primaryRecordSourceKey ? idOf(claim.primaryRecordSourceKey) : null,
    reviewState,
    publishedAt,
  }));
  const hops = claims.flatMap((claim, index) =>
    claim.hops.map((hop) => ({
      claimId: claimRows[index]!.id,
      fromSourceId: idOf(hop.fromKey),
      toSourceId: hop.toKey ? idOf(hop.toKey) : null,
      relation: hop.relation,
      firstHand: hop.firstHand,
      confidence: hop.confidence,
      position: hop.position,
    })),
  );
  const named = claims.flatMap((claim, index) =>
    claim.namedSources.map((source, position) => ({
      claimId: claimRows[index]!.id,
      sourceId: idOf(source.key),
      position,
      mentionedAs: source.mentionedAs,
    })),
  );
  return { claims: claimRows, hops, named };
}

/** One statement per table, whatever the number of claims (createMany). */
async function createClaimRows(tx: Prisma.TransactionClient, rows: ClaimRows): Promise<void> {
  if (rows.claims.length) await tx.claim.createMany({ data: rows.claims });
  if (rows.hops.length) await tx.hop.createMany({ data: rows.hops });
  if (rows.named.length) await tx.claimNamedSource.createMany({ data: rows.named, skipDuplicates: true });
}
