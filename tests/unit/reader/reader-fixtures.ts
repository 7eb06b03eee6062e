// Claims as the reader pages receive them (graph + provenance), from hand-built graphs or the
// seed annotation, analysed by the real provenance analysis.
import { planAnnotationImport } from "@/lib/annotation/plan-import";
import { analyzeClaim } from "@/lib/provenance/analyze-claim";
import type { ClaimProvenance } from "@/lib/provenance/claim-provenance";
import type { ClaimGraph } from "@/lib/provenance/graph";
import type { ClaimStatus } from "@/lib/vocabulary";
import { seedAnnotation, seedBody, seedSources } from "../annotation/seed";

export type ReaderClaim = {
  id: string;
  quote: string;
  status: ClaimStatus;
  graph: ClaimGraph;
  provenance: ClaimProvenance;
};

export function readerClaim(graph: ClaimGraph, status: ClaimStatus = "ASSERTED", quote = "a claim"): ReaderClaim {
  return { id: graph.claimId, quote, status, graph, provenance: analyzeClaim(graph) };
}

export const seedPlan = planAnnotationImport(seedAnnotation, seedBody, seedSources);

export const seedClaims: ReaderClaim[] = seedPlan.claims.map((claim, i) =>
  readerClaim({ ...claim.graph, claimId: `seed-${i + 1}` }, claim.status, claim.quote),
);

const TROOPS = "participating nations potentially sending several thousand troops";
export const seedTroops = seedClaims.find((claim) => claim.quote.startsWith(TROOPS))!;
