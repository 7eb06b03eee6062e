// Input and output shapes of the article procedures, shared by pages, the CLI and tests.
import { z } from "zod";
import { ArticleStatus, ClaimKind, ClaimStatus, PrimaryRecord, SourceType } from "../vocabulary";
import { CorrectionSummary } from "./summarize-correction";

/** Timestamps leave procedures as ISO 8601 strings, the same over HTTP and in-process. */
export const IsoDate = z.string().datetime({ offset: true });

export const ArticleRef = z
  .object({
    slug: z.string().min(1).max(200).optional(),
    id: z.string().uuid("id must be a UUID").optional(),
  })
  .refine((ref) => Boolean(ref.slug) !== Boolean(ref.id), { message: "give exactly one of slug or id" });
export type ArticleRef = z.infer<typeof ArticleRef>;

export const ArticleSummary = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  status: ArticleStatus,
  publishedAt: IsoDate.nullable(),
  claimCount: z.number().int(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** One keyset page of a list: pass `nextCursor` back as `cursor` for the next page (null: the last). */
export const ArticleSummaryPage = z.object({ items: z.array(ArticleSummary), nextCursor: z.string().nullable() });
export type ArticleSummaryPage = z.infer<typeof ArticleSummaryPage>;

export const ArticleMeta = z.object({
  id: z.string(),
  workspaceId: z.string(),
  slug: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: IsoDate.nullable(),
  language: z.string(),
  status: ArticleStatus,
  version: z.number().int(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const SourceRef = z.object({ id: z.string(), name: z.string(), type: SourceType });
export type SourceRef = z.infer<typeof SourceRef>;

const ClaimSummary = z.object({
  id: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  kind: ClaimKind,
  status: ClaimStatus,
  speaker: SourceRef.nullable(),
  cue: z.string().nullable(),
  primaryRecord: PrimaryRecord,
});

export const ArticleDetail = ArticleMeta.extend({ body: z.string(), claims: z.array(ClaimSummary) });
export type ArticleDetail = z.infer<typeof ArticleDetail>;

/** The corrections of an article readers see, newest first (server/services/articles/list-corrections.ts). */
export const ArticleCorrections = z.object({
  corrections: z.array(
    CorrectionSummary.extend({
      version: z.number().int(),
      /** When the correcting version was recorded. */
      at: IsoDate,
    }),
  ),
  /** Every correction, beyond those listed. */
  total: z.number().int(),
});
export type ArticleCorrections = z.infer<typeof ArticleCorrections>;
