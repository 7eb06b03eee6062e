// Inputs and outputs of the review and vocabulary procedures, shared by the editor's forms and
// the procedures. Messages say what to do.
import { z } from "zod";
import { IsoDate } from "../articles/schemas";
import { NameText } from "../input/name-text";
import { Uuid, Version } from "../record-ids";
import { normalizeSourceName } from "../sources/normalize-source-name";
import { ArticleStatus, ClaimKind, ClaimStance, HopRelation, ReviewState, TermKind } from "../vocabulary";

export const ReviewAction = z.enum(["submit", "sign_off", "publish", "send_back", "unpublish"], {
  message: "action is one of submit, sign_off, publish, send_back, unpublish",
});
export type ReviewAction = z.infer<typeof ReviewAction>;

export const TransitionClaimInput = z
  .object({
    claimId: Uuid("claimId"),
    /** The version the editor read: a newer one means someone else changed the claim in between. */
    version: Version("version", "claim"),
    action: ReviewAction,
    /** Why a claim is sent back or unpublished; required to send back. */
    note: z
      .string()
      .trim()
      .max(2000, "the note is at most 2,000 characters")
      .nullish()
      .transform((value) => value || null),
  })
  .refine((input) => input.action !== "send_back" || input.note !== null, {
    message: "say what needs to change: a note is required to send a claim back",
    path: ["note"],
  });
export type TransitionClaimInput = z.input<typeof TransitionClaimInput>;

export const Person = z.object({ id: z.string(), name: z.string() });
export type Person = z.infer<typeof Person>;

export const AvailableAction = z.object({ action: ReviewAction, allowed: z.boolean(), reason: z.string().nullable() });
export type AvailableAction = z.infer<typeof AvailableAction>;

export const TransitionResult = z.object({
  id: z.string(),
  version: z.number().int(),
  reviewState: ReviewState,
  reviewedBy: Person.nullable(),
});
export type TransitionResult = z.infer<typeof TransitionResult>;

export const TagRef = z.object({ id: z.string(), term: z.string(), label: z.string() });
export type TagRef = z.infer<typeof TagRef>;

/** A claim's place in the workflow, with what the calling editor may do next. */
export const ClaimReview = z.object({
  claimId: z.string(),
  quote: z.string(),
  /** With `stance` and `speakerName`, what the queue states the claim as (lib/words/claim-statement.ts). */
  kind: ClaimKind,
  stance: ClaimStance,
  speakerName: z.string().nullable(),
  version: z.number().int(),
  reviewState: ReviewState,
  article: z.object({ id: z.string(), slug: z.string(), title: z.string(), status: ArticleStatus }),
  submittedBy: Person.nullable(),
  submittedAt: IsoDate.nullable(),
  reviewedBy: Person.nullable(),
  lastSourcingEditor: Person.nullable(),
  /** The note the claim was last sent back with, while it waits in draft for its author. */
  sentBack: z.object({ note: z.string(), by: Person.nullable(), at: IsoDate }).nullable(),
  /** Who must act next, in words. */
  nextStep: z.string(),
  updatedAt: IsoDate,
  tags: z.array(TagRef),
  actions: z.array(AvailableAction),
});
export type ClaimReview = z.infer<typeof ClaimReview>;

export const ClaimReviewStatus = ClaimReview.extend({ requireSecondReview: z.boolean() });
export type ClaimReviewStatus = z.infer<typeof ClaimReviewStatus>;

export const ReviewQueue = z.object({
  requireSecondReview: z.boolean(),
  inReview: z.array(ClaimReview),
  /** Signed off, waiting to be published. */
  reviewed: z.array(ClaimReview),
  /** The latest drafts, to submit from the queue. */
  drafts: z.array(ClaimReview),
});
export type ReviewQueue = z.infer<typeof ReviewQueue>;

export const WorkspaceRef = z.object({ workspaceId: Uuid("workspaceId") });

export const WorkspaceSettingsInput = z.object({
  workspaceId: Uuid("workspaceId"),
  requireSecondReview: z.boolean({ message: "requireSecondReview is true or false" }),
});
export const WorkspaceSettings = z.object({ workspaceId: z.string(), requireSecondReview: z.boolean() });
export type WorkspaceSettings = z.infer<typeof WorkspaceSettings>;

/** The key that makes two spellings of a term the same term ("Health", "health."). */
export function termKey(label: string): string {
  return normalizeSourceName(label);
}

const BUILT_IN_RELATION_KEYS = new Set(HopRelation.options.map((relation) => termKey(relation.replace(/_/g, " "))));

const Kind = z.enum(TermKind.options, {
  message: "kind is RELATION (a relation term for hops) or CLAIM_TAG (a tag for claims)",
});

// Terms are names shown on every claim they tag: the look-alike rule applies (lib/input/name-text.ts).
const TermLabel = NameText("the term")
  .trim()
  .min(1, "the term cannot be empty")
  .max(60, "a term is at most 60 characters")
  .refine((label) => !/[<>]/.test(label), "a term cannot contain < or >")
  .refine((label) => termKey(label).length > 0, "a term needs at least one letter or digit");

export const AddTermInput = z
  .object({
    workspaceId: Uuid("workspaceId"),
    kind: Kind,
    label: TermLabel,
    /** RELATION terms: the built-in relation the analysis reads for hops that use the term. */
    baseRelation: HopRelation.nullish().transform((value) => value ?? null),
  })
  .superRefine((input, context) => {
    if (input.kind === "RELATION" && !input.baseRelation) {
      context.addIssue({
        code: "custom",
        path: ["baseRelation"],
        message: "pick the built-in relation this term stands for (said to, reported by, …)",
      });
    }
    if (input.kind === "CLAIM_TAG" && input.baseRelation) {
      context.addIssue({
        code: "custom",
        path: ["baseRelation"],
        message: "a claim tag has no built-in relation; leave it empty",
      });
    }
    if (input.kind === "RELATION" && BUILT_IN_RELATION_KEYS.has(termKey(input.label))) {
      context.addIssue({
        code: "custom",
        path: ["label"],
        message: `“${input.label}” is a built-in relation already; pick it directly, or name your term differently`,
      });
    }
  });
export type AddTermInput = z.input<typeof AddTermInput>;

export const ListTermsInput = z.object({ workspaceId: Uuid("workspaceId"), kind: Kind.optional() });
export const RemoveTermInput = z.object({ workspaceId: Uuid("workspaceId"), termId: Uuid("termId") });

export const Term = z.object({
  id: z.string(),
  kind: TermKind,
  term: z.string(),
  label: z.string(),
  baseRelation: HopRelation.nullable(),
  /** Hops (relation terms) or claims (tags) that use it. */
  uses: z.number().int(),
});
export type Term = z.infer<typeof Term>;

export const TagClaimInput = z.object({ claimId: Uuid("claimId"), termId: Uuid("termId") });
export const ClaimTags = z.object({ claimId: z.string(), tags: z.array(TagRef) });

export const SetHopRelationTermInput = z.object({
  hopId: Uuid("hopId"),
  claimVersion: Version("claimVersion", "claim"),
  /** null: back to the plain built-in relation. */
  termId: Uuid("termId").nullable(),
});
export const HopRelationTermResult = z.object({
  hopId: z.string(),
  claimVersion: z.number().int(),
  relation: HopRelation,
  relationTermId: z.string().nullable(),
});
