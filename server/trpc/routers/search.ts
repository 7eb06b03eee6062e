import { z } from "zod";
import { SearchInput } from "@/lib/editing/schemas";
import { searchEverything } from "@/server/services/search/search-everything";
import { createRouter, publicProcedure } from "../init";

export const searchRouter = createRouter({
  /** Claims, sources and articles the caller may read, best matches first. */
  query: publicProcedure
    .input(SearchInput)
    .output(
      z.array(
        z.object({
          kind: z.enum(["claim", "source", "article"]),
          id: z.string(),
          title: z.string(),
          snippet: z.string(),
          articleSlug: z.string().nullable(),
          rank: z.number(),
        }),
      ),
    )
    .query(({ ctx, input }) => searchEverything(ctx.db, input.query, ctx.session, input.workspaceId ?? null)),
});
