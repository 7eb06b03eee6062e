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
    // The speaker-confidence model's probability (0..1) that the speaker it read is right
    // (lib/extraction/speaker-confidence.ts); absent on unattributed facts.
    speakerConfidence: z.number().min(0).max(1).optional(),
    // Set only when the speaker is unresolved (too uncertain to state, `speaker` null): the words
    // the text uses for the speaker at the claim ("he", "the agency"; null when it uses none
    // there) and the names it might be, most likely first.
    speakerMention: z.string().min(1).nullable().optional(),
    speakerCandidates: z.array(z.string().min(1)).max(5).optional(),
  })
  .refine((claim) => claim.end > claim.start && claim.text.length === claim.end - claim.start, {
    message: "a suggested claim must cover a non-empty span whose text has the span's length",
  })
  .refine(
    (claim) => claim.speakerCandidates === undefined || (claim.speaker === null && claim.kind !== "unattributed_fact"),
    {
      message: "only an attributed claim without a stated speaker lists speaker candidates",
    },
  );
export type SuggestedClaim = z.infer<typeof SuggestedClaim>;

export const SuggestedClaimList = z.array(SuggestedClaim);

/**
 * Whether the claim is attributed to someone the extractor could not name with confidence: never
 * an unattributed fact, it waits for the editor to choose its speaker.
 */
export function isSpeakerUnresolved(claim: Pick<SuggestedClaim, "speaker" | "speakerCandidates">): boolean {
  return claim.speaker === null && claim.speakerCandidates !== undefined;
}

export const THIS_ARTICLE = "this article";
