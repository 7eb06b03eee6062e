// Writes a batch of planned articles (lib/annotation/plan-import.ts) inside the caller's
// transaction, in a constant number of statements whatever the batch's size: one read of the
// articles the input already brought in, one lock and two reads for every source name, then one
// multi-row insert per table (import-rows.ts: sources, articles, versions, claims, hops, named
// sources, audit).
// An article already imported from the same input (same import key, same digest) is "unchanged";
// one imported from different content under the same key is refused, never overwritten. The
// audit records are written in one insert, so the public pages' cache is told here, as
// recordAudit tells it for one record.
import { createHash, randomUUID } from "node:crypto";
import type { ImportPlan } from "@/lib/annotation/plan-import";
import type { PlannedSource } from "@/lib/annotation/source-registry";
import { notePublicChange } from "@/server/cache/public-changes";
import type { Prisma } from "@/server/database/prisma";
import { lockNames, resolveSourceNames } from "../sources/resolve-source-names";
import { newArticleSlug } from "./article-ref";
import { type ClaimRows, plannedClaimRows } from "./import-annotation";
import { insertArticles, insertAuditEvents, insertClaimRows, insertSources } from "./import-rows";

export type BatchArticle = { name: string; plan: ImportPlan };
export type BatchOptions = { workspaceId: string; actorId: string | null; publish: boolean };

export type BatchOutcome =
  | {
      name: string;
      outcome: "created";
      id: string;
      slug: string;
      claims: number;
      /** Names of the sources this article created. */
      sourcesCreated: string[];
      /** How many of its sources were already in the workspace (by name, alias or merge). */
      sourcesReused: number;
    }
  | { name: string; outcome: "unchanged"; id: string; slug: string }
  | { name: string; outcome: "refused"; reason: string };

/**
 * Which article of an input this is: its url when it has one (a stable address outside
 * Claimtrail), else its title. The same key in the same workspace is the same article.
 */
function importKeyOf(plan: ImportPlan): string {
  return plan.article.url ? `url:${plan.article.url}` : `title:${plan.article.title}`;
}

/** A digest of everything the plan would store, so a re-run can tell "unchanged" from "changed". */
function importDigestOf(plan: ImportPlan): string {
  const claims = plan.claims.map(({ graph: _derived, ...claim }) => claim);
  return createHash("sha256")
    .update(JSON.stringify({ article: plan.article, sources: plan.sources, claims }))
    .digest("hex");
}

export async function writeImportBatch(
  tx: Prisma.TransactionClient,
  batch: BatchArticle[],
  options: BatchOptions,
): Promise<BatchOutcome[]> {
  const keyed = batch.map((entry) => ({ ...entry, key: importKeyOf(entry.plan), digest: importDigestOf(entry.plan) }));
  const known = new Map<string, { id: string; slug: string; digest: string | null }>();
  const existing = await tx.article.findMany({
    where: { workspaceId: options.workspaceId, importKey: { in: [...new Set(keyed.map((entry) => entry.key))] } },
    select: { id: true, slug: true, importKey: true, importDigest: true },
  });
  for (const row of existing) known.set(row.importKey!, { id: row.id, slug: row.slug, digest: row.importDigest });

  const outcomes: BatchOutcome[] = [];
  const toCreate: Array<(typeof keyed)[number] & { id: string; slug: string; index: number }> = [];
  for (const entry of keyed) {
    const before = known.get(entry.key);
    if (before && before.digest === entry.digest) {
      outcomes.push({ name: entry.name, outcome: "unchanged", id: before.id, slug: before.slug });
    } else if (before) {
      outcomes.push({ name: entry.name, outcome: "refused", reason: changedReason(entry.key, before.slug) });
    } else {
      const created = {
        ...entry,
        id: randomUUID(),
        slug: newArticleSlug(entry.plan.article.title),
        index: outcomes.length,
      };
      // A second copy of the same article later in the input meets this one as already imported.
      known.set(entry.key, { id: created.id, slug: created.slug, digest: entry.digest });
      toCreate.push(created);
      outcomes.push({ name: entry.name, outcome: "unchanged", id: created.id, slug: created.slug });
    }
  }
  if (toCreate.length === 0) return outcomes;

  const sources = await writeBatchSources(
    tx,
    options.workspaceId,
    toCreate.flatMap((entry) => entry.plan.sources),
  );
  const reviewState = options.publish ? "PUBLISHED" : "DRAFT";
  const rows: ClaimRows = { claims: [], hops: [], named: [] };
  const audit: Prisma.AuditEventCreateManyInput[] = [];
  for (const entry of toCreate) {
    const claimRows = plannedClaimRows(entry.id, entry.plan.claims, sources.idOf, reviewState);
    rows.claims.push(...claimRows.claims);
    rows.hops.push(...claimRows.hops);
    rows.named.push(...claimRows.named);
    // A source new to the workspace is created by the first article of the batch that names it,
    // and reused by the later ones: the same report as importing them one at a time.
    const sourcesCreated: string[] = [];
    let sourcesReused = 0;
    for (const source of entry.plan.sources) {
      if (sources.createdKeys.delete(source.key)) sourcesCreated.push(source.name);
      else sourcesReused++;
    }
    outcomes[entry.index] = {
      name: entry.name,
      outcome: "created",
      id: entry.id,
      slug: entry.slug,
      claims: claimRows.claims.length,
      sourcesCreated,
      sourcesReused,
    };
    audit.push({
      workspaceId: options.workspaceId,
      actorId: options.actorId,
      action: "article.import",
      entityType: "article",
      entityId: entry.id,
      after: {
        slug: entry.slug,
        title: entry.plan.article.title,
        claims: claimRows.claims.length,
        hops: claimRows.hops.length,
        sourcesCreated,
      },
    });
  }

  await insertArticles(
    tx,
    toCreate.map(({ id, slug, key, digest, plan }) => ({
      id,
      workspaceId: options.workspaceId,
      slug,
      title: plan.article.title,
      publisher: plan.article.publisher,
      url: plan.article.url,
      publishedAt: plan.article.publishedAt,
      language: plan.article.language,
      body: plan.article.body,
      status: options.publish ? "PUBLISHED" : "DRAFT",
      importKey: key,
      importDigest: digest,
    })),
    options.actorId,
  );
  await insertClaimRows(tx, rows);
  await insertAuditEvents(tx, audit);
  // What recordAudit does for one record: the public pages' cache hears of the change.
  notePublicChange("article.import", options.workspaceId);
  return outcomes;
}

function changedReason(key: string, slug: string): string {
  const what = key.startsWith("url:") ? `the url ${key.slice(4)}` : `the title "${key.slice(6)}"`;
  return (
    `an article with ${what} was already imported (${slug}) from different content; ` +
    `correct it with claimtrail revise, or give this one its own url`
  );
}

/** The batch's sources: found in the workspace (by name, alias or merge) or created, in one insert. */
async function writeBatchSources(tx: Prisma.TransactionClient, workspaceId: string, planned: PlannedSource[]) {
  const byKey = new Map<string, PlannedSource>();
  for (const source of planned) if (!byKey.has(source.key)) byKey.set(source.key, source);
  const keys = [...byKey.keys()];
  await lockNames(tx, workspaceId, keys);
  const resolved = await resolveSourceNames(tx, workspaceId, keys);
  const ids = new Map<string, string>();
  for (const [key, found] of resolved) ids.set(key, found.sourceId);
  const fresh = keys
    .filter((key) => !resolved.has(key))
    .map((key) => {
      const source = byKey.get(key)!;
      return {
        id: randomUUID(),
        workspaceId,
        type: source.type,
        name: source.name,
        normalizedName: key,
        url: source.url,
        notes: source.notes,
      };
    });
  if (fresh.length) await insertSources(tx, fresh);
  for (const row of fresh) ids.set(row.normalizedName, row.id);
  return {
    idOf: (key: string) => ids.get(key)!,
    createdKeys: new Set(fresh.map((row) => row.normalizedName)),
  };
}
