// What the sourcing procedures, pages, exports and the CLI receive for an article's claims.
import { z } from "zod";
import { ArticleMeta, IsoDate, SourceRef } from "../articles/schemas";
import { checkedOnce } from "../checked-once";
import { ClaimProvenance } from "../provenance/claim-provenance";
import { ClaimGraph } from "../provenance/graph";
import {
  AnchorState,
  ClaimKind,
  ClaimStance,
  ClaimStatus,
  HopRelation,
  PrimaryRecord,
  ReviewState,
  SourceType,
  StandingStatus,
} from "../vocabulary";

export const SourceDetail = z.object({
  id: z.string(),
  name: z.string(),
  type: SourceType,
  url: z.string().nullable(),
  /** The note for readers; a source's internal note is never part of what the public reads. */
  publicNote: z.string().nullable(),
  standing: StandingStatus,
  /** The newsroom's note for readers on a correction or retraction of the source. Always set by the sourcing procedures. */
  standingNote: z.string().nullable().optional(),
});
export type SourceDetail = z.infer<typeof SourceDetail>;

export const HopDetail = z.object({
  id: z.string(),
  from: SourceRef,
  /** null: the article. */
  to: SourceRef.nullable(),
  relation: HopRelation,
  /** The workspace's own term for the relation, if one was picked (docs/REVIEW.md). Always set by the sourcing procedures. */
  relationTermId: z.string().nullable().optional(),
  firstHand: z.boolean(),
  confidence: z.number(),
  evidenceUrl: z.string().nullable(),
  evidenceArchiveUrl: z.string().nullable(),
  evidenceQuote: z.string().nullable(),
  evidenceNote: z.string().nullable(),
  occurredAt: IsoDate.nullable(),
  standing: StandingStatus,
  position: z.number().int(),
});
export type HopDetail = z.infer<typeof HopDetail>;

export const ClaimSourcing = z.object({
  id: z.string(),
  articleId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  kind: ClaimKind,
  status: ClaimStatus,
  /** Whether the speaker asserts the claim's words or denies them. */
  stance: ClaimStance,
  /** When its sourcing and verdict were last published to readers (ISO); null while not published. */
  publishedAt: IsoDate.nullable(),
  speaker: SourceRef.nullable(),
  cue: z.string().nullable(),
  note: z.string().nullable(),
  primaryRecord: PrimaryRecord,
  primaryRecordNote: z.string().nullable(),
  primaryRecordSource: SourceRef.nullable(),
  namedSources: z.array(SourceRef.extend({ mentionedAs: z.string().nullable() })),
  hops: z.array(HopDetail),
  version: z.number().int(),
  /** Where the claim is in the review workflow; readers outside the workspace see only PUBLISHED ones. Always set by the sourcing procedures. */
  reviewState: ReviewState.optional(),
  /** After a body edit: whether the claim's words are still where it points (see reanchor-claim). */
  anchorState: AnchorState.optional(),
  /** The words the claim was annotated on, when an edit changed them. */
  previousExact: z.string().nullable().optional(),
  // Derived once per distinct graph and shared by every read of the claim: checked once.
  graph: checkedOnce(ClaimGraph),
  provenance: checkedOnce(ClaimProvenance),
  /** Hops that do not reach the article yet; the provenance reads the rest. */
  unfinishedHopIds: z.array(z.string()),
});
export type ClaimSourcing = z.infer<typeof ClaimSourcing>;

export const ArticleSourcing = z.object({
  article: ArticleMeta.extend({ body: z.string() }),
  // Each claim's answer and its sources are kept frozen by the text the database gave for the
  // claim and shared by every read of it (server/services/sourcing/claim-answers.ts): checked once.
  sources: z.array(checkedOnce(SourceDetail)),
  claims: z.array(checkedOnce(ClaimSourcing)),
});
export type ArticleSourcing = z.infer<typeof ArticleSourcing>;

/** One claim for its own page: the claim, its article, and its sources with their standing notes. */
export const ClaimPageSourcing = ClaimSourcing.extend({
  article: z.object({ slug: z.string(), title: z.string() }),
  // The kept answer's sources, frozen like the article read's: checked once.
  sources: z.array(checkedOnce(SourceDetail)),
});
export type ClaimPageSourcing = z.infer<typeof ClaimPageSourcing>;

export const SourceRole = z.enum(["speaker", "origin", "intermediary", "named", "record_statement"]);
export type SourceRole = z.infer<typeof SourceRole>;

export const SourcePage = z.object({
  source: SourceDetail.extend({ standingNote: z.string().nullable() }),
  claims: z.array(
    z.object({
      claimId: z.string(),
      quote: z.string(),
      kind: ClaimKind,
      stance: ClaimStance,
      speakerName: z.string().nullable(),
      article: z.object({ slug: z.string(), title: z.string() }),
      roles: z.array(SourceRole),
      directness: ClaimProvenance.shape.directness,
      summary: z.string(),
    }),
  ),
  /** The last claim id of this page when more follow (pass it as `after`); null on the last page. */
  nextCursor: z.string().nullable(),
});
export type SourcePage = z.infer<typeof SourcePage>;
