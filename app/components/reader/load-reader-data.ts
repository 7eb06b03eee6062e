// Reads for the public pages: through the same procedures as HTTP clients, once per request
// (metadata and page share the result), with "not found" and malformed ids shown as a 404.
import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { getServerCaller } from "@/server/trpc/caller";

async function readOrNotFound<T>(
  read: (caller: Awaited<ReturnType<typeof getServerCaller>>) => Promise<T>,
): Promise<T> {
  await connection();
  try {
    return await read(await getServerCaller());
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

export const loadArticleList = cache((cursor: string | null) =>
  readOrNotFound((caller) => caller.articles.list(cursor ? { cursor } : {})),
);
export const loadArticleSourcing = cache((slug: string) =>
  readOrNotFound((caller) => caller.sourcing.article({ slug })),
);
export const loadCorrections = cache((slug: string) =>
  readOrNotFound((caller) => caller.articles.corrections({ slug })),
);
export const loadArticle = cache((slug: string) => readOrNotFound((caller) => caller.articles.bySlug({ slug })));
export const loadClaimSourcing = cache((id: string) => readOrNotFound((caller) => caller.sourcing.claim({ id })));
export const loadSourcePage = cache((id: string, after: string | null) =>
  readOrNotFound((caller) => caller.sourcing.source({ id, ...(after ? { after } : {}) })),
);
