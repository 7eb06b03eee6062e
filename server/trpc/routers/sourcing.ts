import { z } from "zod";
import { ArticleRef } from "@/lib/articles/schemas";
import { ArticleSourcing, ClaimPageSourcing, SourcePage } from "@/lib/sourcing/schemas";
import { getSourcePage } from "@/server/services/sources/get-source-page";
import { getArticleSourcing, getClaimSourcing } from "@/server/services/sourcing/get-article-sourcing";
import { createRouter, publicProcedure } from "../init";
import { readAsReader } from "../read-as-reader";

const Id = z.string().uuid("id must be a UUID");

export const sourcingRouter = createRouter({
  /** Every claim of an article with its attribution graph and derived provenance. */
  article: publicProcedure
    .input(ArticleRef)
    .output(ArticleSourcing)
    .query(({ ctx, input }) =>
      readAsReader(ctx, "sourcing.article", input, (reader) => getArticleSourcing(ctx.db, input, reader)),
    ),

  claim: publicProcedure
    .input(z.object({ id: Id }))
    .output(ClaimPageSourcing)
    .query(({ ctx, input }) =>
      readAsReader(ctx, "sourcing.claim", input, (reader) => getClaimSourcing(ctx.db, input.id, reader)),
    ),

  /** A source and the readable claims of its workspace that pass through it, one page at a time. */
  source: publicProcedure
    .input(z.object({ id: Id, after: Id.optional() }))
    .output(SourcePage)
    .query(({ ctx, input }) =>
      readAsReader(ctx, "sourcing.source", input, (reader) =>
        getSourcePage(ctx.db, input.id, reader, { after: input.after }),
      ),
    ),
});
