// The annotation exchange format: the seed's annotation.json and any file an integrator
// imports. Every field is kept when loaded (tests/integration/seed-import.test.ts).
import { z } from "zod";
import { SourceType } from "../vocabulary";
import { WebUrl } from "../web-url";

const ANNOTATION_KINDS = ["direct_quote", "paraphrase", "unattributed_fact"] as const;
const ANNOTATION_STATUSES = ["asserted", "corroborated", "disputed", "denied", "corrected", "retracted"] as const;
/** The chain's last step: the article being annotated. */
export const THIS_ARTICLE = "this article";
/** Parallel sources at one step of a chain: "La Dépêche du Midi / Le Parisien". */
export const PARALLEL_SEPARATOR = " / ";

export const AnnotatedClaim = z.object({
  quote_or_paraphrase: z.string().min(1, "a claim needs its exact text"),
  kind: z.enum(ANNOTATION_KINDS),
  speaker: z.string().min(1).nullable(),
  chain: z
    .array(z.string().min(1))
    .min(1, 'a chain ends with "this article"')
    .refine((chain) => chain.at(-1) === THIS_ARTICLE, { message: 'a chain must end with "this article"' }),
  cue: z.string().nullable().default(null),
  indirect: z.boolean(),
  sources_named: z.array(z.string().min(1)).default([]),
  primary_evidence: z.string().default("unknown"),
  status: z.enum(ANNOTATION_STATUSES).default("asserted"),
  note: z.string().optional(),
});
export type AnnotatedClaim = z.infer<typeof AnnotatedClaim>;

export const SourceHint = z.object({
  name: z.string().min(1),
  type: SourceType,
  url: WebUrl.nullable().optional(),
  notes: z.string().nullable().optional(),
});
export type SourceHint = z.infer<typeof SourceHint>;

export const AnnotationFile = z.object({
  url: WebUrl.nullable().default(null),
  title: z.string().min(1),
  publisher: z.string().nullable().optional(),
  published_at: z.string().datetime({ offset: true }).nullable().optional(),
  language: z.string().min(2).optional(),
  sources: z.array(SourceHint).optional(),
  claims: z.array(AnnotatedClaim),
});
export type AnnotationFile = z.infer<typeof AnnotationFile>;
