// The product's controlled vocabulary, mirrored from the enums in prisma/schema.prisma so that
// lib/ needs no Prisma import (tests/unit/vocabulary.test.ts keeps the two equal).
import { z } from "zod";

export const Role = z.enum(["OWNER", "EDITOR", "VIEWER"]);
export type Role = z.infer<typeof Role>;

export const ArticleStatus = z.enum(["DRAFT", "PUBLISHED"]);
export type ArticleStatus = z.infer<typeof ArticleStatus>;

export const ClaimKind = z.enum(["DIRECT_QUOTE", "PARAPHRASE", "UNATTRIBUTED"]);
export type ClaimKind = z.infer<typeof ClaimKind>;

export const ClaimStatus = z.enum(["ASSERTED", "CORROBORATED", "DISPUTED", "DENIED", "CORRECTED", "RETRACTED"]);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/** Whether the speaker asserts the claim's words or denies them (docs/PROVENANCE.md). */
export const ClaimStance = z.enum(["ASSERTS", "DENIES"]);
export type ClaimStance = z.infer<typeof ClaimStance>;

export const SourceType = z.enum([
  "PERSON",
  "GROUP",
  "ORGANIZATION",
  "OUTLET",
  "OFFICIAL_STATEMENT",
  "DOCUMENT",
  "RECORDING",
  "DATASET",
  "EVENT",
  /** Not recorded: a name the import or a suggestion could not classify, until an editor sets it. */
  "UNKNOWN",
]);
export type SourceType = z.infer<typeof SourceType>;

export const StandingStatus = z.enum(["ACTIVE", "CORRECTED", "RETRACTED"]);
export type StandingStatus = z.infer<typeof StandingStatus>;

export const HopRelation = z.enum([
  "SAID_TO",
  /** The teller was interviewed by the receiver: a question-and-answer exchange, recorded as such by an editor. */
  "INTERVIEWED_BY",
  "REPORTED_BY",
  "QUOTED_BY",
  "PARAPHRASED_BY",
  "BASED_ON",
  "CONFIRMED_BY",
  "DENIED_BY",
]);
export type HopRelation = z.infer<typeof HopRelation>;

export const PrimaryRecord = z.enum(["AVAILABLE", "NOT_AVAILABLE", "UNKNOWN"]);
export type PrimaryRecord = z.infer<typeof PrimaryRecord>;

export const AnchorState = z.enum(["ANCHORED", "NEEDS_REVIEW"]);
export type AnchorState = z.infer<typeof AnchorState>;

export const ReviewState = z.enum(["DRAFT", "IN_REVIEW", "REVIEWED", "PUBLISHED"]);
export type ReviewState = z.infer<typeof ReviewState>;

export const ReliabilityRating = z.enum([
  "ESTABLISHED",
  "PARTISAN",
  "UNKNOWN",
  "STATE_CONTROLLED",
  "SATIRE",
  "KNOWN_FOR_FABRICATION",
]);
export type ReliabilityRating = z.infer<typeof ReliabilityRating>;

export const SourceLinkKind = z.enum(["SPEAKS_FOR", "MEMBER_OF", "PRODUCED_BY"]);
export type SourceLinkKind = z.infer<typeof SourceLinkKind>;

export const TermKind = z.enum(["RELATION", "CLAIM_TAG"]);
export type TermKind = z.infer<typeof TermKind>;

/** Source types that are themselves a record of what was said (a primary record). */
export const RECORD_SOURCE_TYPES: ReadonlySet<SourceType> = new Set([
  "RECORDING",
  "DOCUMENT",
  "DATASET",
  "OFFICIAL_STATEMENT",
]);
