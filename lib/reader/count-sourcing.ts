// The figures at the top of an article page. Each figure counts one field of the provenance
// analysis, so the page says exactly what it counts (see the wording in SOURCING_FIGURES).
import type { ClaimProvenance } from "../provenance/claim-provenance";
import { type ClassifiableClaim, classifyClaim, STRENGTHS, type Strength } from "./claim-strength";

export type CountableClaim = ClassifiableClaim & {
  provenance: Pick<ClaimProvenance, "directness" | "primaryRecord" | "independentPaths">;
};

export type SourcingCounts = {
  claims: number;
  /** Directness "indirect", whatever class the claim is highlighted in. */
  indirect: number;
  /** Primary record "not_available": the annotation says no record of the original words exists. */
  noPrimaryRecord: number;
  /** Claims with at least one source (directness not "unattributed"). */
  attributed: number;
  /** Attributed claims with exactly one independent path to the article. */
  singleSource: number;
  unattributed: number;
  byStrength: Record<Strength, number>;
};

export function countSourcing(claims: readonly CountableClaim[]): SourcingCounts {
  const byStrength = Object.fromEntries(STRENGTHS.map((strength) => [strength, 0])) as Record<Strength, number>;
  for (const claim of claims) byStrength[classifyClaim(claim)] += 1;
  const attributed = claims.filter((claim) => claim.provenance.directness !== "unattributed");
  return {
    claims: claims.length,
    indirect: claims.filter((claim) => claim.provenance.directness === "indirect").length,
    noPrimaryRecord: claims.filter((claim) => claim.provenance.primaryRecord === "not_available").length,
    attributed: attributed.length,
    singleSource: attributed.filter((claim) => claim.provenance.independentPaths === 1).length,
    unattributed: claims.length - attributed.length,
    byStrength,
  };
}
