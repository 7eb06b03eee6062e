// How the CLI reads: straight from the database, or, when the embedded database is locked by
// a running app server, through that server's HTTP API. Both go through the same procedures.
import { createTRPCClient, httpLink } from "@trpc/client";
import type { ArticleRef, ArticleSummary } from "@/lib/articles/schemas";
import { AppError, isAppError } from "@/lib/errors";
import type { ArticleSourcing } from "@/lib/sourcing/schemas";
import { getAppDatabase } from "@/server/app-database";
import { createInnerContext } from "@/server/trpc/context";
import { type AppRouter, createCaller } from "@/server/trpc/root";

export type SourcingReader = {
  via: "database" | "server";
  listArticles(): Promise<ArticleSummary[]>;
  articleSourcing(ref: ArticleRef): Promise<ArticleSourcing>;
};

export async function openSourcingReader(serverUrl: string): Promise<SourcingReader> {
  try {
    const { db } = await getAppDatabase();
    const caller = createCaller(createInnerContext({ db }));
    return {
      via: "database",
      listArticles: () => caller.articles.list(),
      articleSourcing: (ref) => caller.sourcing.article(ref),
    };
  } catch (error) {
    if (!isAppError(error) || error.code !== "UNAVAILABLE") throw error;
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
      listArticles: () => client.articles.list.query(),
      articleSourcing: (ref) => client.sourcing.article.query(ref),
    };
  }
}
