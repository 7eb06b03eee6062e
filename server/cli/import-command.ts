// `claimtrail import ANNOTATION.json`: an article and its claims from the annotation exchange
// format (docs/ANNOTATION-FORMAT.md), into the embedded database or DATABASE_URL. Bad input
// exits 2 with nothing stored; while a running server holds ./data it refuses (exit 5), since
// two processes must never write one PGlite folder.
import fs from "node:fs";
import { articleBodyFrom } from "@/lib/articles/article-body-from";
import { AppError } from "@/lib/errors";
import { getAppDatabase } from "@/server/app-database";
import { prepareImport, writeImport } from "@/server/services/articles/import-article";

export type ImportOptions = { body?: string; title?: string; workspace?: string; publish?: boolean; json?: boolean };

/** Larger than any article with its annotations; a bigger file is a mistake, not an import. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export async function importCommand(file: string, options: ImportOptions): Promise<void> {
  const annotation = readJson(file);
  const body = options.body === undefined ? undefined : readBody(options.body);
  // Checked before the database opens: bad input never waits for, or touches, the database.
  const prepared = prepareImport({
    annotation,
    body,
    title: options.title,
    workspace: options.workspace,
    publish: Boolean(options.publish),
    actorId: null,
  });
  const { db } = await getAppDatabase();
  const result = await writeImport(db, prepared);
  if (options.json) {
    const articles = [{ id: result.articleId, slug: result.slug, claims: result.claimCount }];
    process.stdout.write(`${JSON.stringify({ articles }, null, 2)}\n`);
    return;
  }
  process.stdout.write(
    `imported ${result.slug} with ${result.claimCount} claims into workspace ${result.workspace}` +
      ` (${result.sourcesCreated} new sources)\n`,
  );
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
