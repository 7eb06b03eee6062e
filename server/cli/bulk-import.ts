// `claimtrail import FOLDER|FILE.jsonl`: many annotation files (docs/ANNOTATION-FORMAT.md) in
// one run, through importArticles (batched transactions, re-runs that create nothing twice);
// files are read one at a time (annotation-entries.ts).
import type { Db } from "@/server/database/open-database";
import { prepareImport } from "@/server/services/articles/import-article";
import { type ImportReport, type ImportRunOptions, importArticles } from "@/server/services/articles/import-articles";
import { readAnnotationEntries } from "./annotation-entries";

/** Imports every entry of `target` (see importArticles for what is refused and what is thrown). */
export async function importMany(db: Db, target: string, options: ImportRunOptions): Promise<ImportReport> {
  return importArticles(db, planEntries(target, options), options);
}

async function* planEntries(target: string, options: ImportRunOptions) {
  for await (const entry of readAnnotationEntries(target))
    yield {
      name: entry.name,
      plan: () => prepareImport({ annotation: entry.read(), publish: options.publish, actorId: options.actorId }).plan,
    };
}
