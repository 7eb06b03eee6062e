// How the CLI reads: straight from the database, or, when the embedded database is locked by
// a running app server, through that server's HTTP API. Both go through the same procedures.
import { createTRPCClient, httpLink } from "@trpc/client";
import type { ArticleRef, ArticleSummary, ArticleSummaryPage } from "@/lib/articles/schemas";
import { AppError, isAppError } from "@/lib/errors";
import type { ArticleSourcing } from "@/lib/sourcing/schemas";
import { getAppDatabase } from "@/server/app-database";
import { lockingServerUrl } from "@/server/database/data-dir-lock";
import { env } from "@/server/env";
import { createInnerContext } from "@/server/trpc/context";
import { type AppRouter, createCaller } from "@/server/trpc/root";

export type SourcingReader = {
  via: "database" | "server";
  listArticles(): Promise<ArticleSummary[]>;
  articleSourcing(ref: ArticleRef): Promise<ArticleSourcing>;
};

const PAGE = 100;

/** Every article of the list, page after page. */
async function readAllPages(
  readPage: (cursor: string | undefined) => Promise<ArticleSummaryPage>,
): Promise<ArticleSummary[]> {
  const articles: ArticleSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await readPage(cursor);
    articles.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return articles;
}

const DEFAULT_SERVER = "http://localhost:3000";

/**
 * Reads from the database, or through the app server holding the embedded database: at
 * `serverOption` when given, else at the address that server recorded in the data folder's lock,
 * else http://localhost:3000. Throws AppError INVALID for a `serverOption` that is not an http(s)
 * URL, UNAVAILABLE when neither the database nor the server answers.
 */
export async function openSourcingReader(serverOption: string | undefined): Promise<SourcingReader> {
  if (serverOption !== undefined && !isHttpUrl(serverOption))
    throw new AppError("INVALID", `--server must be an http(s) address such as ${DEFAULT_SERVER}, not ${serverOption}`);
  try {
    const { db } = await getAppDatabase();
    const caller = createCaller(createInnerContext({ db }));
    return {
      via: "database",
      listArticles: () => readAllPages((cursor) => caller.articles.list({ cursor, limit: PAGE })),
      articleSourcing: (ref) => caller.sourcing.article(ref),
    };
  } catch (error) {
    if (!isAppError(error) || error.code !== "UNAVAILABLE") throw error;
    const serverUrl = serverOption ?? lockingServerUrl(env().dataDir) ?? DEFAULT_SERVER;
    const client = createTRPCClient<AppRouter>({
      links: [httpLink({ url: `${serverUrl.replace(/\/$/, "")}/api/trpc` })],
    });
    try {
      await client.articles.list.query();
    } catch {
      throw new AppError(
        "UNAVAILABLE",
        `${error.message}\nThe server at ${serverUrl} did not answer either; pass --server URL if it runs elsewhere.`,
      );
    }
    return {
      via: "server",
      listArticles: () => readAllPages((cursor) => client.articles.list.query({ cursor, limit: PAGE })),
      articleSourcing: (ref) => client.sourcing.article.query(ref),
    };
  }
}

function isHttpUrl(value: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
