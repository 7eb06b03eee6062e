// What the extractor proposes to an editor: a span of the article plus who said it and by which
// route it reached the article. Offsets are UTF-16 code units (JavaScript string indices) into
// the article body, end exclusive, so `text === body.slice(start, end)` always holds.
import { z } from "zod";

export const SuggestedClaimKind = z.enum(["direct_quote", "paraphrase", "unattributed_fact"]);
export type SuggestedClaimKind = z.infer<typeof SuggestedClaimKind>;

export const SuggestedClaim = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    text: z.string().min(1),
    kind: SuggestedClaimKind,
    speaker: z.string().min(1).nullable(),
    cue: z.string().min(1).nullable(),
    // True when the claim reached the article through someone else: another outlet, unnamed
    // sources, or remarks the speaker made to other journalists.
    indirect: z.boolean(),
    sources: z.array(z.string().min(1)),
    // Proposed provenance from the speaker to the article, always ending with "this article".
    chain: z.array(z.string().min(1)).min(1),
  })
  .refine((claim) => claim.end > claim.start && claim.text.length === claim.end - claim.start, {
    message: "a suggested claim must cover a non-empty span whose text has the span's length",
  });
export type SuggestedClaim = z.infer<typeof SuggestedClaim>;

export const SuggestedClaimList = z.array(SuggestedClaim);

export const THIS_ARTICLE = "this article";
