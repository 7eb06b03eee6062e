// How much the attribution supports the claim, as one number from 0 to 1 (docs/PROVENANCE.md).
import type { WeakestLink } from "./claim-provenance";
import { combinePaths } from "./combine-paths";
import { findWeakestLink } from "./find-weakest-link";
import type { ClaimGraph } from "./graph";
import { indexGraph } from "./graph-index";
import { type RatedPath, ratePath } from "./rate-hop";
import { tracePaths } from "./trace-paths";

export type ConfidenceScore = {
  confidence: number;
  /** The highest-confidence path (the first in reader order on a tie); null without paths. */
  bestPath: RatedPath | null;
  weakestLink: WeakestLink | null;
};

/**
 * A path is worth the product of its hops' confidences (a corrected hop, or one touching a
 * corrected source, at half; a retracted one at 0). Paths sharing no intermediate source
 * combine by noisy-OR: 1 − ∏(1 − pᵢ).
 */
export function scoreConfidence(graph: ClaimGraph, paths: string[][] = tracePaths(graph).paths): ConfidenceScore {
  const index = indexGraph(graph);
  const rated = paths.map((path) => ratePath(index, path));
  const confidence = combinePaths(
    rated
      .filter((path) => path.supported)
      .map((path) => ({ confidence: path.confidence, intermediates: path.path.slice(1) })),
  );
  const bestPath = rated.reduce<RatedPath | null>(
    (best, path) => (best === null || path.confidence > best.confidence ? path : best),
    null,
  );
  return { confidence, bestPath, weakestLink: bestPath ? findWeakestLink(index, bestPath) : null };
}
