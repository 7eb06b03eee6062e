// `claimtrail import ANNOTATION.json`: an article and its claims from the annotation exchange
// format (docs/ANNOTATION-FORMAT.md), into the embedded database or DATABASE_URL. Bad input
// exits 2 with nothing stored; while a running server holds ./data it refuses (exit 5), since
// two processes must never write one PGlite folder. A folder or a .jsonl file imports many
// (bulk-import.ts): refused files are listed and the command exits 2 after the others.
// `--owner EMAIL` records the import as that account's work (it must exist: exit 3).
import fs from "node:fs";
import { articleBodyFrom } from "@/lib/articles/article-body-from";
import { countNoun } from "@/lib/count-noun";
import { AppError } from "@/lib/errors";
import { getAppDatabase } from "@/server/app-database";
import type { Db } from "@/server/database/open-database";
import { prepareImport, writeImport } from "@/server/services/articles/import-article";
import { isBulkSource } from "./annotation-entries";
import { type BulkImportReport, importMany } from "./bulk-import";

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
  const prepared = prepareImport({
    annotation,
    body,
    title: options.title,
    workspace: options.workspace,
    createWorkspace: options.createWorkspace,
    publish: Boolean(options.publish),
    actorId: null,
  });
  const { db } = await getAppDatabase();
  const result = await writeImport(db, { ...prepared, actorId: await findOwnerId(db, options.owner) });
  if (options.json) {
    const articles = [{ id: result.articleId, slug: result.slug, claims: result.claimCount }];
    process.stdout.write(`${JSON.stringify({ articles }, null, 2)}\n`);
    return;
  }
  process.stdout.write(
    `imported ${result.slug} with ${countNoun(result.claimCount, "claim")} into workspace ${result.workspace}` +
      ` (${countNoun(result.sourcesCreated, "new source")})\n`,
  );
}

async function importBulk(target: string, options: ImportOptions): Promise<void> {
  if (options.body !== undefined || options.title !== undefined)
    throw new AppError("INVALID", "--body and --title name one article: a folder or .jsonl file carries its own");
  const { db } = await getAppDatabase();
  const report = await importMany(db, target, {
    workspace: options.workspace,
    createWorkspace: options.createWorkspace,
    publish: Boolean(options.publish),
    actorId: await findOwnerId(db, options.owner),
  });
  if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else printReport(report);
  const total = report.articles.length + report.refused.length;
  // Exit 2 (runCommand) once the others are in: a script sees that something was left out.
  if (report.refused.length > 0)
    throw new AppError("INVALID", `${report.refused.length} of ${total} files refused (listed in the report)`);
}

function printReport(report: BulkImportReport): void {
  for (const article of report.articles)
    process.stdout.write(`imported ${article.slug} with ${countNoun(article.claims, "claim")} from ${article.file}\n`);
  for (const refused of report.refused) process.stdout.write(`refused ${refused.file}: ${refused.reason}\n`);
  process.stdout.write(`${report.articles.length} imported, ${report.refused.length} refused\n`);
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
