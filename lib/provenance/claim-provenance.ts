// The output of the provenance analysis for one claim: what readers, exports and the CLI show.
import { z } from "zod";

export const Directness = z.enum(["direct", "indirect", "unattributed"]);
export type Directness = z.infer<typeof Directness>;

export const PrimaryRecordState = z.enum(["available", "not_available", "unknown"]);
export type PrimaryRecordState = z.infer<typeof PrimaryRecordState>;

export const WeakestLink = z.object({
  hopId: z.string(),
  fromName: z.string(),
  /** null: the article. */
  toName: z.string().nullable(),
  confidence: z.number(),
  reason: z.string(),
});
export type WeakestLink = z.infer<typeof WeakestLink>;

export const ClaimProvenance = z.object({
  claimId: z.string(),
  directness: Directness,
  /** Source ids where the claim starts (no hop leads into them). */
  origins: z.array(z.string()),
  /** Every path from an origin to the article, as source ids in order (the article not listed). */
  paths: z.array(z.array(z.string())),
  /** Hops on the shortest path from an origin to the article; null when unattributed. */
  hopsToOrigin: z.number().int().nullable(),
  /** Paths from origin to article that share no intermediate source (vertex-disjoint). */
  independentPaths: z.number().int(),
  primaryRecord: PrimaryRecordState,
  /** 0..1, see docs/PROVENANCE.md; 0 when nothing supports the claim. */
  confidence: z.number().min(0).max(1),
  weakestLink: WeakestLink.nullable(),
  /** Plain words for readers. */
  summary: z.string(),
});
export type ClaimProvenance = z.infer<typeof ClaimProvenance>;
