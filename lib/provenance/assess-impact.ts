// What correcting or retracting one source or hop would do to every claim that relies on it.
import { z } from "zod";
import { analyzeClaim } from "./analyze-claim";
import { ClaimProvenance } from "./claim-provenance";
import type { ClaimGraph, ClaimGraphInput } from "./graph";
import { validateGraph } from "./validate-graph";

const ImpactEffect = z.enum(["loses_all_support", "weakened", "untouched"]);
type ImpactEffect = z.infer<typeof ImpactEffect>;

const Support = z.object({
  /** 0..1 */
  confidence: z.number(),
  independentPaths: z.number().int(),
  directness: ClaimProvenance.shape.directness,
});

export const ClaimImpact = z.object({
  claimId: z.string(),
  effect: ImpactEffect,
  before: Support,
  after: Support,
});
export type ClaimImpact = z.infer<typeof ClaimImpact>;

/** Sources are matched by id in every graph, since one source can back claims in many articles. */
export type ImpactChange = { sourceId: string } | { hopId: string };

export function assessImpact(
  graphs: readonly ClaimGraphInput[],
  change: ImpactChange,
  standing: "CORRECTED" | "RETRACTED",
): ClaimImpact[] {
  return graphs.map((input) => {
    const graph = validateGraph(input);
    const before = analyzeClaim(graph);
    const changed = applyStanding(graph, change, standing);
    const after = changed ? analyzeClaim(changed) : before;
    return {
      claimId: graph.claimId,
      effect: judgeEffect(before, after),
      before: readSupport(before),
      after: readSupport(after),
    };
  });
}

/** The graph with the change applied; null when the graph does not contain what changes. */
function applyStanding(
  graph: ClaimGraph,
  change: ImpactChange,
  standing: "CORRECTED" | "RETRACTED",
): ClaimGraph | null {
  if ("sourceId" in change) {
    if (!graph.sources.some((source) => source.id === change.sourceId)) return null;
    return {
      ...graph,
      sources: graph.sources.map((source) => (source.id === change.sourceId ? { ...source, standing } : source)),
    };
  }
  if (!graph.hops.some((hop) => hop.id === change.hopId)) return null;
  return { ...graph, hops: graph.hops.map((hop) => (hop.id === change.hopId ? { ...hop, standing } : hop)) };
}

function judgeEffect(before: ClaimProvenance, after: ClaimProvenance): ImpactEffect {
  if (before.independentPaths > 0 && after.independentPaths === 0) return "loses_all_support";
  const weaker =
    after.confidence < before.confidence ||
    after.independentPaths < before.independentPaths ||
    (before.directness === "direct" && after.directness !== "direct");
  return weaker ? "weakened" : "untouched";
}

function readSupport(provenance: ClaimProvenance): z.infer<typeof Support> {
  return {
    confidence: provenance.confidence,
    independentPaths: provenance.independentPaths,
    directness: provenance.directness,
  };
}
