// The article a new claim is written into, read in the claim's transaction: its body (the
// selection is anchored in it), its workspace and the sources the claim will name.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/server/database/prisma";
import { ChainSourceRows, chainSourcesJson } from "./chain-sources";

const ArticleAndSources = z
  .array(z.object({ body: z.string(), version: z.number().int(), workspaceId: z.string(), sources: ChainSourceRows }))
  .max(1);

/**
 * The body a new claim is anchored in, its version (the claim's anchor version), its workspace and the sources `sourceIds` (any
 * workspace: checkChainSources checks them), in one statement. Throws AppError NOT_FOUND.
 * The article's row stays share-locked until the claim is written: a revision waits, then finds
 * the new claim and re-anchors it with the others (revise-article.ts).
 */
export async function readClaimArticle(
  tx: Prisma.TransactionClient,
  articleId: string,
  sourceIds: readonly string[] = [],
) {
  const [article] = ArticleAndSources.parse(
    await tx.$queryRaw`
      SELECT a.body, a.version, a.workspace_id::text AS "workspaceId", ${chainSourcesJson(sourceIds)} AS sources
      FROM article a WHERE a.id = ${articleId}::uuid FOR SHARE OF a`,
  );
  if (!article) throw new AppError("NOT_FOUND", `no article ${articleId}`);
  return article;
}
