import { z } from "zod";
import { ArticleDetail, ArticleRef, ArticleSummary } from "@/lib/articles/schemas";
import { getArticleDetail } from "@/server/services/articles/find-article";
import { listArticles } from "@/server/services/articles/list-articles";
import { createRouter, publicProcedure } from "../init";

export const articlesRouter = createRouter({
  /** Published articles, newest first. */
  list: publicProcedure
    .output(z.array(ArticleSummary))
    .query(({ ctx }) => listArticles(ctx.db, { statuses: ["PUBLISHED"] })),

  bySlug: publicProcedure
    .input(ArticleRef)
    .output(ArticleDetail)
    .query(({ ctx, input }) => getArticleDetail(ctx.db, input, ctx.session)),
});
