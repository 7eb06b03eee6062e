// Imports many annotated articles (the CLI's folder or JSON Lines file, the HTTP import route):
// each entry is planned before any transaction opens, then written in batches, one transaction
// per batch with every article's audit record (write-import-batch.ts), so a killed run leaves
// whole batches and nothing half-written, and a re-run skips what it already brought in. Entries
// are taken one at a time: memory holds one batch, whatever the input's size.
import type { ImportPlan } from "@/lib/annotation/plan-import";
import { isAppError } from "@/lib/errors";
import type { Db } from "@/server/database/open-database";
import { checkImportWorkspace, findImportWorkspace } from "./import-workspace";
import { type BatchArticle, type BatchOutcome, writeImportBatch } from "./write-import-batch";

/** One article of the input: `plan` throws AppError INVALID for an entry that cannot be imported. */
export type ImportEntry = { name: string; plan: () => ImportPlan | Promise<ImportPlan> };

export type ImportRunOptions = {
  workspace?: string;
  createWorkspace?: boolean;
  publish: boolean;
  actorId: string | null;
  /** Called with how many entries have been handled (written, unchanged or refused). */
  onProgress?: (done: number) => void;
};

export type ImportReport = {
  /** The workspace imported into, even when every entry was refused (null when the run was to
   * create it and wrote nothing, so it does not exist). */
  workspace: string | null;
  /** The articles created, each with its claims and its sources new to the workspace or found there. */
  articles: { file: string; id: string; slug: string; claims: number; sourcesCreated: number; sourcesReused: number }[];
  /** Articles the input had brought in before, with the same content: nothing written. */
  unchanged: { file: string; id: string; slug: string }[];
  refused: { file: string; reason: string }[];
  /** What an editor should answer about an entry that was read (plan-import.ts): "claim 3: …". */
  warnings: { file: string; message: string }[];
};

/** A batch closes at whichever comes first; the claim cap keeps each insert's parameters bounded. */
const BATCH_ARTICLES = 100;
const BATCH_CLAIMS = 1000;

/**
 * Imports every entry. Refused entries (AppError: bad input, a changed article under a known key,
 * a workspace the actor may not edit) are reported and the run goes on; any other error stops it
 * and is thrown, with every batch written before it kept whole. Throws before reading anything
 * AppError NOT_FOUND for a workspace slug no workspace has, unless `createWorkspace`, and
 * FORBIDDEN for `publish` into a workspace that requires a second review.
 */
export async function importArticles(
  db: Db,
  entries: AsyncIterable<ImportEntry> | Iterable<ImportEntry>,
  options: ImportRunOptions,
): Promise<ImportReport> {
  const workspace = await checkImportWorkspace(db, {
    slug: options.workspace,
    create: Boolean(options.createWorkspace),
    publish: options.publish,
  });
  const report: ImportReport = { workspace, articles: [], unchanged: [], refused: [], warnings: [] };
  let done = 0;
  let batch: BatchArticle[] = [];
  let claims = 0;

  const flush = async () => {
    if (batch.length === 0) return;
    for (const outcome of await writeBatch(db, batch, options, report)) addOutcome(report, outcome);
    done += batch.length;
    batch = [];
    claims = 0;
    options.onProgress?.(done);
  };

  for await (const entry of entries) {
    let plan: ImportPlan;
    try {
      plan = await entry.plan();
    } catch (error) {
      if (!isAppError(error)) throw error;
      report.refused.push({ file: entry.name, reason: error.message });
      options.onProgress?.(++done);
      continue;
    }
    for (const message of plan.warnings) report.warnings.push({ file: entry.name, message });
    batch.push({ name: entry.name, plan });
    claims += plan.claims.length;
    if (batch.length >= BATCH_ARTICLES || claims >= BATCH_CLAIMS) await flush();
  }
  await flush();
  return report;
}

/**
 * One transaction for the batch. When it fails, each article is tried in a transaction of its
 * own, so one article refused at writing time does not hold back the others.
 */
async function writeBatch(
  db: Db,
  batch: BatchArticle[],
  options: ImportRunOptions,
  report: ImportReport,
): Promise<BatchOutcome[]> {
  const write = (articles: BatchArticle[]) =>
    db.$transaction(async (tx) => {
      const workspace = await findImportWorkspace(tx, {
        slug: options.workspace,
        actorId: options.actorId,
        create: Boolean(options.createWorkspace),
        publish: options.publish,
      });
      report.workspace = workspace.slug;
      return writeImportBatch(tx, articles, {
        workspaceId: workspace.id,
        actorId: options.actorId,
        publish: options.publish,
      });
    });
  try {
    return await write(batch);
  } catch (error) {
    if (batch.length === 1) {
      if (!isAppError(error)) throw error;
      return [{ name: batch[0]!.name, outcome: "refused", reason: error.message }];
    }
  }
  const outcomes: BatchOutcome[] = [];
  for (const article of batch) outcomes.push(...(await writeBatch(db, [article], options, report)));
  return outcomes;
}

function addOutcome(report: ImportReport, outcome: BatchOutcome): void {
  if (outcome.outcome === "created")
    report.articles.push({
      file: outcome.name,
      id: outcome.id,
      slug: outcome.slug,
      claims: outcome.claims,
      sourcesCreated: outcome.sourcesCreated.length,
      sourcesReused: outcome.sourcesReused,
    });
  else if (outcome.outcome === "unchanged")
    report.unchanged.push({ file: outcome.name, id: outcome.id, slug: outcome.slug });
  else report.refused.push({ file: outcome.name, reason: outcome.reason });
}
