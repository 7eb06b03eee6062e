// `claimtrail revise ARTICLE --body-file FILE`: a new version of an article's body, its claims
// re-anchored, in the database — or, while a running app server holds the embedded database,
// through that server's revisions webhook (app/api/articles/[article]/revisions), which needs an
// editor's API token in CLAIMTRAIL_API_TOKEN, as a CMS would send it.
import fs from "node:fs";
import {
  ReviseArticleInput,
  type RevisionResult,
  RevisionResult as RevisionResultSchema,
} from "@/lib/articles/revision-schemas";
import { AppError } from "@/lib/errors";
import { escapeControlCharacters } from "@/lib/input/terminal-text";
import { env } from "@/server/env";
import { findArticleId } from "@/server/services/articles/article-ref";
import { reviseArticle } from "@/server/services/articles/revise-article";
import { type CliTarget, fetchFromServer, openDatabaseOrServer } from "./database-or-server";

export type ReviseOptions = { bodyFile: string; title?: string; note?: string; json?: boolean; server?: string };

export async function reviseCommand(article: string, options: ReviseOptions): Promise<void> {
  const content = readTextFile(options.bodyFile);
  const contentType = /\.html?$/i.test(options.bodyFile)
    ? "html"
    : /\.(md|markdown)$/i.test(options.bodyFile)
      ? "markdown"
      : "text";
  const fields = { content, contentType, title: options.title, note: options.note } as const;
  const target = await openDatabaseOrServer(options.server);
  const result =
    target.via === "database"
      ? await reviseInDatabase(target.db, article, fields)
      : await reviseThroughServer(target, article, fields);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${escapeControlCharacters(result.article.title)}: version ${result.article.version}\n`);
  // Each claim as its speaker's statement, whole: quotation marks only around a direct quote,
  // and never around words cut short.
  for (const claim of result.claims)
    process.stdout.write(`${claim.status.padEnd(12)} ${escapeControlCharacters(claim.statement)}\n`);
}

type RevisionFields = Omit<ReviseArticleInput, "articleId" | "expectedVersion">;

async function reviseInDatabase(
  db: Extract<CliTarget, { via: "database" }>["db"],
  article: string,
  fields: RevisionFields,
): Promise<RevisionResult> {
  const articleId = await findArticleId(db, article);
  if (!articleId) throw new AppError("NOT_FOUND", `no article ${article}`);
  return reviseArticle(db, null, ReviseArticleInput.parse({ articleId, ...fields }));
}

async function reviseThroughServer(
  target: Extract<CliTarget, { via: "server" }>,
  article: string,
  fields: RevisionFields,
): Promise<RevisionResult> {
  const token = env().apiToken;
  if (!token)
    throw new AppError(
      "UNAUTHORIZED",
      `${target.lockMessage}\nTo revise through the server at ${target.url}, set CLAIMTRAIL_API_TOKEN to an editor's API token (create one under Workspaces).`,
    );
  const response = await fetchFromServer(target, `/api/articles/${encodeURIComponent(article)}/revisions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({
      body: fields.content,
      contentType: fields.contentType,
      title: fields.title,
      note: fields.note,
    }),
  });
  return RevisionResultSchema.parse(await response.json());
}

function readTextFile(file: string): string {
  if (!fs.existsSync(file)) throw new AppError("NOT_FOUND", `no file ${file}`);
  return fs.readFileSync(file, "utf8");
}
