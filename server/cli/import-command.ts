// `claimtrail import ANNOTATION.json`: an article and its claims from the annotation exchange
// format (docs/ANNOTATION-FORMAT.md), into the embedded database or DATABASE_URL. Bad input
// exits 2 with nothing stored; while a running server holds ./data it refuses (exit 5), since
// two processes must never write one PGlite folder. A folder or a .jsonl file imports many
// (bulk-import.ts), with a progress bar; refused files are listed and the command exits 2 after
// the others. Importing the same input again creates nothing: it is reported "unchanged".
// `--owner EMAIL` records the import as that account's work (it must exist: exit 3).
import fs from "node:fs";
import { articleBodyFrom } from "@/lib/articles/article-body-from";
import { AppError } from "@/lib/errors";
import { getAppDatabase } from "@/server/app-database";
import type { Db } from "@/server/database/open-database";
import { parseSlug, prepareImport } from "@/server/services/articles/import-article";
import { importArticles } from "@/server/services/articles/import-articles";
import { countAnnotationEntries, isBulkSource } from "./annotation-entries";
import { importMany } from "./bulk-import";
import { openImportProgress } from "./import-progress";
import { printImportReport } from "./import-report";

export type ImportOptions = {
  body?: string;
  title?: string;
  workspace?: string;
  createWorkspace?: boolean;
  owner?: string;
  publish?: boolean;
  json?: boolean;
};

/** Larger than any article with its annotations; a bigger file is a mistake, not an import. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export async function importCommand(file: string, options: ImportOptions): Promise<void> {
  if (isBulkSource(file)) return importBulk(file, options);
  const annotation = readJson(file);
  const body = options.body === undefined ? undefined : readBody(options.body);
  // Checked before the database opens: bad input never waits for, or touches, the database.
  const { plan } = prepareImport({
    annotation,
    body,
    title: options.title,
    workspace: options.workspace,
    publish: Boolean(options.publish),
    actorId: null,
  });
  const { db } = await getAppDatabase();
  const report = await importArticles(db, [{ name: file, plan: () => plan }], {
    ...runOptions(options),
    actorId: await findOwnerId(db, options.owner),
  });
  const refused = report.refused[0];
  // One file: a changed article under a known key is a conflict (exit 4), not bad input.
  if (refused) throw new AppError("CONFLICT", refused.reason);
  if (options.json) {
    const articles = report.articles.map(({ id, slug, claims }) => ({ id, slug, claims }));
    const unchanged = report.unchanged.map(({ id, slug }) => ({ id, slug }));
    const warnings = report.warnings.map((warning) => warning.message);
    process.stdout.write(`${JSON.stringify({ articles, unchanged, warnings }, null, 2)}\n`);
    return;
  }
  printImportReport(report, { single: true });
}

async function importBulk(target: string, options: ImportOptions): Promise<void> {
  if (options.body !== undefined || options.title !== undefined)
    throw new AppError("INVALID", "--body and --title name one article: a folder or .jsonl file carries its own");
  const { db } = await getAppDatabase();
  const actorId = await findOwnerId(db, options.owner);
  const progress = openImportProgress(await countAnnotationEntries(target), { plain: Boolean(options.json) });
  let report: Awaited<ReturnType<typeof importMany>>;
  try {
    report = await importMany(db, target, { ...runOptions(options), actorId, onProgress: progress.update });
  } finally {
    progress.stop();
  }
  if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else printImportReport(report, { single: false });
  const total = report.articles.length + report.unchanged.length + report.refused.length;
  // Exit 2 (runCommand) once the others are in: a script sees that something was left out.
  if (report.refused.length > 0)
    throw new AppError("INVALID", `${report.refused.length} of ${total} files refused (listed in the report)`);
}

function runOptions(options: ImportOptions) {
  return {
    workspace: options.workspace === undefined ? undefined : parseSlug(options.workspace),
    createWorkspace: Boolean(options.createWorkspace),
    publish: Boolean(options.publish),
  };
}

/** The account `--owner` names; throws AppError NOT_FOUND when there is none. */
async function findOwnerId(db: Db, email: string | undefined): Promise<string | null> {
  if (email === undefined) return null;
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  if (!user) throw new AppError("NOT_FOUND", `--owner: no account ${email}`);
  return user.id;
}

function readText(file: string): string {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new AppError("INVALID", `no file ${file}`);
  const size = fs.statSync(file).size;
  if (size > MAX_FILE_BYTES) throw new AppError("INVALID", `${file} is ${size} bytes; the limit is ${MAX_FILE_BYTES}`);
  return fs.readFileSync(file, "utf8");
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readText(file).replace(/^\uFEFF/, ""));
  } catch (error) {
    if (error instanceof SyntaxError) throw new AppError("INVALID", `${file} is not JSON: ${error.message}`);
    throw error;
  }
}

/** A body file: .html and .md are reduced to text like uploads; every file is normalised. */
function readBody(file: string): string {
  const contentType = /\.html?$/i.test(file) ? "html" : /\.(md|markdown)$/i.test(file) ? "markdown" : "text";
  return articleBodyFrom(readText(file), contentType);
}
