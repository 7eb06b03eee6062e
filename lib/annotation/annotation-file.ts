// The annotation exchange format: the seed's annotation.json and any file an integrator
// imports. Every field is kept when loaded (tests/integration/seed-import.test.ts).
import { z } from "zod";
import { ArticleTitle } from "../articles/article-title";
import { NameText } from "../input/name-text";
import { SourceType } from "../vocabulary";
import { WebUrl } from "../web-url";
import { PRIMARY_RECORD_STATES } from "./read-primary-evidence";

const ANNOTATION_KINDS = ["direct_quote", "paraphrase", "unattributed_fact"] as const;
const ANNOTATION_STATUSES = ["asserted", "corroborated", "disputed", "denied", "corrected", "retracted"] as const;
/** The chain's last step: the article being annotated. */
export const THIS_ARTICLE = "this article";
/** Parallel sources at one step of a chain: "La Dépêche du Midi / Le Parisien". */
export const PARALLEL_SEPARATOR = " / ";

export const AnnotatedClaim = z
  .object({
    quote_or_paraphrase: z.string().min(1, "a claim needs its exact text").max(20_000),
    /** UTF-16 offsets into the article body as stored (LF line endings, no BOM, trimmed), end exclusive. */
    start: z.number().int().min(0).optional(),
    end: z.number().int().min(1).optional(),
    /** Text right before and after the quote, to tell repeated words apart. */
    prefix: z.string().max(2000).optional(),
    suffix: z.string().max(2000).optional(),
    kind: z.enum(ANNOTATION_KINDS),
    speaker: NameText("the speaker").min(1).nullable(),
    chain: z
      .array(NameText("a step of the chain").min(1))
      .min(1, 'a chain ends with "this article"')
      .refine((chain) => chain.at(-1) === THIS_ARTICLE, { message: 'a chain must end with "this article"' }),
    cue: z.string().nullable().default(null),
    indirect: z.boolean(),
    /**
     * Receivers in `chain` that heard the claim first-hand from the step before them (a name as
     * written in the chain). A hop into a receiver not listed is second-hand; this article's own
     * hand is `indirect`.
     */
    first_hand: z.array(NameText("a first-hand receiver").min(1)).max(1000).optional(),
    /**
     * Receivers in `chain` that interviewed the step before them (the hop is "interviewed by"
     * instead of "said to" or "reported by"). Says nothing of the hand: list the receiver in
     * `first_hand` too when it heard the interview itself.
     */
    interviewed_by: z.array(NameText("an interviewer").min(1)).max(1000).optional(),
    sources_named: z.array(NameText("a named source").min(1)).default([]),
    /**
     * What is known of a primary record, in words: "available (…)", "not available (…)",
     * "unknown". Without `primary_record`, only these openings count (read-primary-evidence.ts).
     */
    primary_evidence: z.string().max(2000).optional(),
    /** The state itself; when given, `primary_evidence` is its note, kept word for word. */
    primary_record: z.enum(PRIMARY_RECORD_STATES).optional(),
    status: z.enum(ANNOTATION_STATUSES).default("asserted"),
    /** Whether the speaker asserts the words (the default) or denies them ("Meridian denied that …"). */
    stance: z.enum(["asserts", "denies"]).optional(),
    note: z.string().optional(),
  })
  .refine((claim) => (claim.start === undefined) === (claim.end === undefined), {
    message: "give both start and end, or neither",
  })
  .refine((claim) => claim.start === undefined || claim.end === undefined || claim.end > claim.start, {
    message: "end must come after start",
  });
export type AnnotatedClaim = z.infer<typeof AnnotatedClaim>;

export const SourceHint = z.object({
  name: NameText("the source name").min(1),
  type: SourceType,
  url: WebUrl.nullable().optional(),
  notes: z.string().nullable().optional(),
});
export type SourceHint = z.infer<typeof SourceHint>;

export const AnnotationFile = z.object({
  url: WebUrl.nullable().default(null),
  title: ArticleTitle,
  publisher: NameText("the publisher").nullable().optional(),
  published_at: z.string().datetime({ offset: true }).nullable().optional(),
  language: z.string().min(2).optional(),
  sources: z.array(SourceHint).max(10_000).optional(),
  /** The article's text, when the file carries it (otherwise it comes with the import). */
  article: z.object({ body: z.string().min(1, "the article body is empty").max(2_000_000) }).optional(),
  claims: z.array(AnnotatedClaim).max(10_000),
});
export type AnnotationFile = z.infer<typeof AnnotationFile>;
