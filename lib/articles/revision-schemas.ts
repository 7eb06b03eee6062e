// Revising an article's body (a correction, a new version) from the editor, the CLI or a CMS.
import { z } from "zod";
import { ReanchorStatusSchema } from "../claims/reanchor-status";
import { ArticleTitle } from "./article-title";

export const ReviseArticleInput = z.object({
  articleId: z.string().uuid("articleId must be a UUID"),
  content: z.string().min(1, "the new text is empty").max(800_000, "the new text is too large"),
  contentType: z.enum(["text", "markdown", "html"]).default("text"),
  title: ArticleTitle.optional(),
  note: z.string().trim().max(2000).optional(),
  /** The version the editor revised; a newer one means someone else revised in between. */
  expectedVersion: z.number().int().min(1).optional(),
});
export type ReviseArticleInput = z.input<typeof ReviseArticleInput>;

export const RevisionResult = z.object({
  article: z.object({ id: z.string(), slug: z.string(), title: z.string(), version: z.number().int() }),
  claims: z.array(
    z.object({
      id: z.string(),
      /** The words as annotated; for unchanged and moved claims, exactly newBody.slice(start, end). */
      quote: z.string(),
      /** Those words as their speaker's statement (lib/words/claim-statement.ts). */
      statement: z.string(),
      status: ReanchorStatusSchema,
      start: z.number().int(),
      end: z.number().int(),
      /** The words now at start..end. */
      text: z.string(),
    }),
  ),
});
export type RevisionResult = z.infer<typeof RevisionResult>;
