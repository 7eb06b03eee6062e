import { z } from "zod";
import { ArticleCorrections, ArticleDetail, ArticleRef, ArticleSummaryPage } from "@/lib/articles/schemas";
import { CursorInput } from "@/lib/pagination/keyset-cursor";
import { getArticleDetail } from "@/server/services/articles/find-article";
import { listPublishedArticles } from "@/server/services/articles/list-articles";
import { listCorrections } from "@/server/services/articles/list-corrections";
import { createRouter, publicProcedure } from "../init";
import { readAsReader } from "../read-as-reader";

export const articlesRouter = createRouter({
  /** Published articles, newest first, one keyset page at a time. */
  list: publicProcedure
    .input(z.object({ cursor: CursorInput.optional(), limit: z.number().int().min(1).max(100).optional() }).optional())
    .output(ArticleSummaryPage)
    // Published articles only: the same list for everyone.
    .query(({ ctx, input }) => ctx.publicReads("articles.list", input, () => listPublishedArticles(ctx.sql, input))),

  bySlug: publicProcedure
    .input(ArticleRef)
    .output(ArticleDetail)
    .query(({ ctx, input }) =>
      readAsReader(ctx, "articles.bySlug", input, (reader) => getArticleDetail(ctx.db, input, reader)),
    ),

  /** What each correction of the article changed, as readers see it, newest first. */
  corrections: publicProcedure
    .input(ArticleRef)
    .output(ArticleCorrections)
    .query(({ ctx, input }) =>
      readAsReader(ctx, "articles.corrections", input, (reader) => listCorrections(ctx.db, input, reader)),
    ),
});
