// Inputs and outputs of the sources page's rename and "where it is used", shared by its forms
// and the procedures.
import { z } from "zod";
import { SafeName } from "../editing/schemas";
import { CursorInput } from "../pagination/keyset-cursor";
import { Uuid, Version } from "../record-ids";

export const RenameSourceInput = z.object({
  sourceId: Uuid("sourceId"),
  /** The version the editor read: a newer one means someone else saved in between. */
  version: Version("version", "source"),
  name: SafeName("the new name"),
});
export type RenameSourceInput = z.input<typeof RenameSourceInput>;

export const RenameResult = z.object({
  version: z.number().int(),
  name: z.string(),
  /** The old name, kept as an alias; null when only the spelling changed (same folded name). */
  alias: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type RenameResult = z.infer<typeof RenameResult>;

/** At most this many articles are listed (the count says how many there are). */
export const MAX_USE_ARTICLES = 50;

export const ListSourceUsesInput = z.object({
  sourceId: Uuid("sourceId"),
  /** `nextCursor` of the previous page. */
  cursor: CursorInput.optional(),
  limit: z.number().int().min(1).max(100).default(50),
});
export type ListSourceUsesInput = z.input<typeof ListSourceUsesInput>;

const UseArticle = z.object({ id: z.string(), slug: z.string(), title: z.string() });

/**
 * Where a source is used: the claims whose hops name it (as the giver or the receiver of a hop), or
 * whose speaker, primary record source or named source it is,
 * newest first in keyset pages, and their articles (the first MAX_USE_ARTICLES by title).
 */
export const SourceUsesPage = z.object({
  claimCount: z.number().int(),
  articleCount: z.number().int(),
  articles: z.array(UseArticle.extend({ claims: z.number().int() })),
  claims: z.array(
    z.object({
      id: z.string(),
      /** The claim's words in the article. */
      quote: z.string(),
      /** The claim as its speaker's statement, shortened (lib/words/claim-statement.ts): quotation marks only around a direct quote. */
      statement: z.string(),
      article: UseArticle,
      /**
       * from: the source passed the claim on in a hop; to: it received it; speaker: it speaks the
       * claim; primary_record: it states whether a record exists; named: the article names it.
       */
      as: z.array(z.enum(["from", "to", "speaker", "primary_record", "named"])),
    }),
  ),
  nextCursor: z.string().nullable(),
});
export type SourceUsesPage = z.infer<typeof SourceUsesPage>;
