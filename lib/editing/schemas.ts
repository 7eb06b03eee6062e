// Inputs of the editing procedures, shared by the editor's forms and the procedures.
import { z } from "zod";
import { ArticleTitle } from "../articles/article-title";
import { NameText } from "../input/name-text";
import { Uuid, Version } from "../record-ids";
import { ClaimDraft, DraftHop } from "../suggestions/claim-draft";
import {
  ArticleStatus,
  ClaimKind,
  ClaimStance,
  ClaimStatus,
  HopRelation,
  PrimaryRecord,
  SourceType,
} from "../vocabulary";
import { WebUrl } from "../web-url";

const Text = (what: string, max: number) => z.string().trim().max(max, `${what} is at most ${max} characters`);
const OptionalText = (what: string, max: number) =>
  Text(what, max)
    .nullish()
    .transform((value) => (value ? value : null));
const Url = WebUrl.nullish()
  .or(z.literal("").transform(() => null))
  .transform((v) => v ?? null);
/** A name or title: cleaned of invisible characters, look-alikes refused (lib/input/name-text.ts). */
export const SafeName = (what: string) =>
  NameText(what)
    .trim()
    .max(200, `${what} is at most 200 characters`)
    .min(1, `${what} cannot be empty`)
    .refine((value) => !/[<>]/.test(value), `${what} cannot contain < or >`);

export const MAX_BODY_LENGTH = 200_000;

export const CreateArticleInput = z.object({
  workspaceId: Uuid("workspaceId"),
  title: ArticleTitle,
  publisher: SafeName("the publisher")
    .nullish()
    .transform((value) => value ?? null),
  url: Url,
  publishedAt: z
    .string()
    .datetime({ offset: true, message: "publishedAt must be an ISO date-time" })
    .nullish()
    .transform((v) => v ?? null),
  language: z.string().trim().min(2).max(10).default("en"),
  /** The text as pasted, or the content of an uploaded file. */
  content: z
    .string()
    .max(MAX_BODY_LENGTH * 4, "the file is too large")
    .refine((value) => value.trim().length > 0, "the article text is empty"),
  contentType: z.enum(["text", "markdown", "html"]).default("text"),
  status: ArticleStatus.default("DRAFT"),
});
export type CreateArticleInput = z.input<typeof CreateArticleInput>;

export const SetArticleStatusInput = z.object({ articleId: Uuid("articleId"), status: ArticleStatus });

const ClaimFields = {
  kind: ClaimKind,
  status: ClaimStatus,
  stance: ClaimStance,
  speakerId: Uuid("speakerId").nullable(),
  cue: OptionalText("the cue", 500),
  note: OptionalText("the note", 5000),
  primaryRecord: PrimaryRecord,
  primaryRecordNote: OptionalText("the primary-record note", 2000),
};

/** A hop of a chain written in one step (the chain builder), evidence added later in place. */
const ChainHop = z.object({
  fromSourceId: Uuid("fromSourceId"),
  toSourceId: Uuid("toSourceId").nullable(),
  relation: HopRelation,
  firstHand: z.boolean(),
  confidence: z.number().min(0, "confidence is between 0 and 1").max(1, "confidence is between 0 and 1"),
});
const MAX_CHAIN_HOPS = 40;
const ChainHops = z.array(ChainHop).max(MAX_CHAIN_HOPS, `a chain is added at most ${MAX_CHAIN_HOPS} hops at a time`);

export const CreateClaimInput = z.object({
  articleId: Uuid("articleId"),
  start: z.number().int("start must be a whole number").min(0),
  end: z.number().int("end must be a whole number").min(1),
  exact: z.string().min(1, "select the words of the claim").max(10_000, "a claim is at most 10,000 characters"),
  kind: ClaimFields.kind,
  status: ClaimFields.status.default("ASSERTED"),
  stance: ClaimFields.stance.default("ASSERTS"),
  speakerId: ClaimFields.speakerId.default(null),
  cue: ClaimFields.cue,
  note: ClaimFields.note,
  primaryRecord: ClaimFields.primaryRecord.default("UNKNOWN"),
  primaryRecordNote: ClaimFields.primaryRecordNote,
  /** The chain as the builder showed it, written with the claim in the same transaction. */
  hops: ChainHops.default([]),
});
export type CreateClaimInput = z.input<typeof CreateClaimInput>;

export const UpdateClaimInput = z.object({
  claimId: Uuid("claimId"),
  /** The version the editor read: a newer one means someone else saved in between. */
  version: Version(),
  kind: ClaimFields.kind.optional(),
  status: ClaimFields.status.optional(),
  stance: ClaimFields.stance.optional(),
  speakerId: ClaimFields.speakerId.optional(),
  cue: ClaimFields.cue.optional(),
  note: ClaimFields.note.optional(),
  primaryRecord: ClaimFields.primaryRecord.optional(),
  primaryRecordNote: ClaimFields.primaryRecordNote.optional(),
});
export type UpdateClaimInput = z.input<typeof UpdateClaimInput>;

export const DeleteClaimInput = z.object({ claimId: Uuid("claimId"), version: Version() });

const Evidence = {
  evidenceUrl: Url,
  evidenceArchiveUrl: Url,
  evidenceQuote: OptionalText("the evidence quote", 5000),
  evidenceNote: OptionalText("the evidence note", 5000),
  occurredAt: z
    .string()
    .datetime({ offset: true })
    .nullish()
    .transform((v) => v ?? null),
};

export const AddHopInput = z.object({
  claimId: Uuid("claimId"),
  claimVersion: z.number().int().min(1),
  fromSourceId: Uuid("fromSourceId"),
  /** null: the hop delivers the claim to the article. */
  toSourceId: Uuid("toSourceId").nullable(),
  relation: HopRelation,
  firstHand: z.boolean().default(false),
  confidence: z.number().min(0, "confidence is between 0 and 1").max(1, "confidence is between 0 and 1"),
  ...Evidence,
});
export type AddHopInput = z.input<typeof AddHopInput>;

export const RemoveHopInput = z.object({ hopId: Uuid("hopId"), claimVersion: z.number().int().min(1) });

export const AddHopsInput = z.object({
  claimId: Uuid("claimId"),
  claimVersion: Version("claimVersion", "claim"),
  hops: ChainHops.min(1, "add at least one hop"),
});

/** A hop changed where it stands; fields left out keep their value. */
export const UpdateHopInput = z.object({
  hopId: Uuid("hopId"),
  claimVersion: Version("claimVersion", "claim"),
  relation: HopRelation.optional(),
  firstHand: z.boolean().optional(),
  confidence: z.number().min(0, "confidence is between 0 and 1").max(1, "confidence is between 0 and 1").optional(),
  evidenceUrl: Url.optional(),
  evidenceQuote: Evidence.evidenceQuote.optional(),
  evidenceNote: Evidence.evidenceNote.optional(),
});

/** Undo of a delete, named by the audit event the delete wrote. */
export const UndoDeleteInput = z.object({
  eventId: Uuid("eventId"),
  /** For a hop: the version of its claim the editor read. */
  claimVersion: Version("claimVersion", "claim").optional(),
});

export const FindOrCreateSourceInput = z.object({
  workspaceId: Uuid("workspaceId"),
  name: SafeName("the source name"),
  type: SourceType,
  url: Url,
  notes: OptionalText("the notes", 5000),
});
export type FindOrCreateSourceInput = z.input<typeof FindOrCreateSourceInput>;

export const SearchSourcesInput = z.object({
  workspaceId: Uuid("workspaceId"),
  query: z.string().trim().max(200).default(""),
  limit: z.number().int().min(1).max(50).default(10),
});

export const SetSourceStandingInput = z.object({
  sourceId: Uuid("sourceId"),
  version: Version(),
  standing: z.enum(["ACTIVE", "CORRECTED", "RETRACTED"]),
  note: OptionalText("the note", 2000),
});

export const ImpactPreviewInput = z.object({
  sourceId: Uuid("sourceId"),
  standing: z.enum(["CORRECTED", "RETRACTED"]),
});

export const SearchInput = z.object({
  query: z.string().trim().min(2, "type at least 2 characters").max(200, "a search is at most 200 characters"),
  workspaceId: Uuid("workspaceId").optional(),
});

/** The extractor's suggestions for an article, or only those touching the words `within` (UTF-16 offsets). */
export const SuggestClaimsInput = z.object({
  articleId: Uuid("articleId"),
  within: z
    .object({ start: z.number().int().min(0), end: z.number().int().min(1) })
    .refine((range) => range.end > range.start, "within.end comes after within.start")
    .optional(),
});

/** A suggestion as the editor shaped it, with the hops they were shown (saved only if they still match). */
export const AcceptSuggestionInput = z.object({
  articleId: Uuid("articleId"),
  draft: ClaimDraft,
  shownHops: z.array(DraftHop).max(200),
});
