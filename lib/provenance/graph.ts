// The input of the provenance analysis: one claim's attribution graph as plain data.
// Sources are nodes; hops are edges pointing towards the article (`to: null` is the article).
import { z } from "zod";
import { HopRelation, PrimaryRecord, SourceType, StandingStatus } from "../vocabulary";

export const GraphSource = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  type: SourceType,
  standing: StandingStatus.default("ACTIVE"),
});
export type GraphSource = z.infer<typeof GraphSource>;

export const GraphHop = z.object({
  id: z.string().min(1),
  from: z.string().min(1),
  /** null: the hop delivers the claim to the article itself. */
  to: z.string().min(1).nullable(),
  relation: HopRelation,
  /** The receiver heard or read the teller directly (was there, holds the teller's own words). */
  firstHand: z.boolean(),
  confidence: z.number().min(0).max(1),
  standing: StandingStatus.default("ACTIVE"),
});
export type GraphHop = z.infer<typeof GraphHop>;

export const ClaimGraph = z.object({
  claimId: z.string().min(1),
  /** The source the claim is attributed to; null for an unattributed statement. */
  speakerId: z.string().min(1).nullable(),
  sources: z.array(GraphSource),
  hops: z.array(GraphHop),
  /** What the annotation states about a primary record of the origin. */
  primaryRecord: PrimaryRecord.default("UNKNOWN"),
  primaryRecordNote: z.string().nullable().default(null),
});
export type ClaimGraph = z.infer<typeof ClaimGraph>;
export type ClaimGraphInput = z.input<typeof ClaimGraph>;

export const ARTICLE_NODE = "article";
