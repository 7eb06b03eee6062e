// How the CLI reads: straight from the database, or, when the embedded database is locked by
// a running app server, through that server's HTTP API. Both go through the same procedures.
import { createTRPCClient, httpLink } from "@trpc/client";
import type { ArticleRef, ArticleSummary, ArticleSummaryPage } from "@/lib/articles/schemas";
import type { ArticleSourcing } from "@/lib/sourcing/schemas";
import { createInnerContext } from "@/server/trpc/context";
import { createCallerFactory, createRouter } from "@/server/trpc/init";
import type { AppRouter } from "@/server/trpc/root";
import { articlesRouter } from "@/server/trpc/routers/articles";
import { type CliTarget, openDatabaseOrServer, serverSilent } from "./database-or-server";

export type SourcingReader = {
  via: "database" | "server";
  /** The server read through, when `via` is "server": its links' base is its own (cli-base-url.ts). */
  server?: Extract<CliTarget, { via: "server" }>;
  listArticles(): Promise<ArticleSummary[]>;
  articleSourcing(ref: ArticleRef): Promise<ArticleSourcing>;
};

const PAGE = 100;

// The app's own procedures for what the CLI reads, without the rest of the app's router: the
// editing procedures load the extractor and its language model, seconds of start-up for a
// command that lists articles. The sourcing procedures load when a command reads sourcing:
// their modules build their schemas and collators as they load, which the list has no use for.
const createListCaller = createCallerFactory(createRouter({ articles: articlesRouter }));
async function createSourcingCaller() {
  const { sourcingRouter } = await import("@/server/trpc/routers/sourcing");
  return createCallerFactory(createRouter({ sourcing: sourcingRouter }));
}

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

/**
 * Reads from the database, or through the app server holding the embedded database
 * (database-or-server.ts; `brief` for a command that reads one list or article and ends).
 * Throws AppError INVALID for a `serverOption` that is not an http(s) URL, UNAVAILABLE when
 * neither the database nor the server answers.
 */
export async function openSourcingReader(
  serverOption: string | undefined,
  options: { brief?: boolean } = {},
): Promise<SourcingReader> {
  const target = await openDatabaseOrServer(serverOption, options);
  if (target.via === "database") {
    // A command does one thing at a time, so its SQL reads may use the database's own connection.
    const context = createInnerContext({ db: target.db, sql: target.sql });
    const lists = createListCaller(context);
    return {
      via: "database",
      listArticles: () => readAllPages((cursor) => lists.articles.list({ cursor, limit: PAGE })),
      articleSourcing: async (ref) => (await createSourcingCaller())(context).sourcing.article(ref),
    };
  }
  const client = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${target.url}/api/trpc` })] });
  try {
    await client.articles.list.query();
  } catch {
    throw serverSilent(target);
  }
  return {
    via: "server",
    server: target,
    listArticles: () => readAllPages((cursor) => client.articles.list.query({ cursor, limit: PAGE })),
    articleSourcing: (ref) => client.sourcing.article.query(ref),
  };
}
