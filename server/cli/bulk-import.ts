// `claimtrail import FOLDER|FILE.jsonl`: many annotation files (docs/ANNOTATION-FORMAT.md) in
// one run. Each article is planned before its transaction and written in one transaction of
// its own with its audit records, so a refused file or a killed run leaves every other article
// whole; files are read one at a time (annotation-entries.ts). The report names every article
// created and every file refused, with the reason.
import { isAppError } from "@/lib/errors";
import type { Db } from "@/server/database/open-database";
import { prepareImport, writeImport } from "@/server/services/articles/import-article";
import { checkImportWorkspace } from "@/server/services/articles/import-workspace";
import { readAnnotationEntries } from "./annotation-entries";

export type BulkImportOptions = {
  workspace?: string;
  createWorkspace?: boolean;
  publish: boolean;
  actorId: string | null;
};
export type BulkImportReport = {
  articles: { file: string; id: string; slug: string; claims: number; sourcesCreated: number }[];
  refused: { file: string; reason: string }[];
};

/**
 * Imports every entry of `target`; a file whose input is refused (AppError: bad JSON, bad
 * annotations, a workspace the owner may not edit) is reported and the run goes on. Any other
 * error stops the run and is thrown; what was written before it stays. A `workspace` no
 * workspace has is refused before anything is read (AppError NOT_FOUND) unless `createWorkspace`.
 */
export async function importMany(db: Db, target: string, options: BulkImportOptions): Promise<BulkImportReport> {
  await checkImportWorkspace(db, options.workspace, Boolean(options.createWorkspace));
  const report: BulkImportReport = { articles: [], refused: [] };
  for await (const entry of readAnnotationEntries(target)) {
    try {
      const prepared = prepareImport({ annotation: entry.read(), ...options });
      const result = await writeImport(db, prepared);
      report.articles.push({
        file: entry.name,
        id: result.articleId,
        slug: result.slug,
        claims: result.claimCount,
        sourcesCreated: result.sourcesCreated,
      });
    } catch (error) {
      if (!isAppError(error)) throw error;
      report.refused.push({ file: entry.name, reason: error.message });
    }
  }
  return report;
}
