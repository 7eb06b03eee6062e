import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeClaim } from "@/lib/provenance/analyze-claim";
import { assessImpact } from "@/lib/provenance/assess-impact";
import { ClaimProvenance } from "@/lib/provenance/claim-provenance";
import type { ClaimGraph, GraphHop } from "@/lib/provenance/graph";
import { tracePaths } from "@/lib/provenance/trace-paths";
import { arbitraryGraph, arbitraryHopTraits, shuffleGraph } from "./arbitrary-graph";

const RUNS = { numRuns: 300 };
const FLOAT_SLACK = 1e-12;

/** A new path from an existing origin (or a new one) through new intermediates only. */
function addDisjointPath(
  graph: ClaimGraph,
  fromOrigin: number | null,
  traits: Omit<GraphHop, "id" | "from" | "to">[],
): ClaimGraph {
  const origins = tracePaths(graph).origins;
  const origin = fromOrigin === null || origins.length === 0 ? null : origins[fromOrigin % origins.length]!;
  const fresh = traits.slice(origin === null ? 0 : 1).map((_, i) => `new${i}`);
  const chain = [...(origin === null ? [] : [origin]), ...fresh];
  return {
    ...graph,
    sources: [
      ...graph.sources,
      ...fresh.map((id) => ({ id, name: `New ${id}`, type: "PERSON" as const, standing: "ACTIVE" as const })),
    ],
    hops: [
      ...graph.hops,
      ...traits.map((step, i) => ({ ...step, id: `new-hop${i}`, from: chain[i]!, to: chain[i + 1] ?? null })),
    ],
  };
}

describe("provenance properties", () => {
  it("keeps confidence within 0..1 and every field well-formed", () => {
    fc.assert(
      fc.property(arbitraryGraph, (graph) => {
        const provenance = analyzeClaim(graph);
        expect(ClaimProvenance.parse(provenance)).toEqual(provenance);
        expect(provenance.confidence).toBeGreaterThanOrEqual(0);
        expect(provenance.confidence).toBeLessThanOrEqual(1);
        expect(provenance.hopsToOrigin === null).toBe(provenance.directness === "unattributed");
        expect(provenance.independentPaths).toBeLessThanOrEqual(provenance.paths.length);
      }),
      RUNS,
    );
  });

  it("does not depend on the order of hops and sources", () => {
    fc.assert(
      fc.property(arbitraryGraph, fc.integer(), (graph, seed) => {
        expect(analyzeClaim(shuffleGraph(graph, seed))).toEqual(analyzeClaim(graph));
      }),
      RUNS,
    );
  });

  it("never loses independent paths or confidence when a disjoint path is added", () => {
    fc.assert(
      fc.property(
        arbitraryGraph,
        fc.option(fc.nat()),
        fc.array(arbitraryHopTraits, { minLength: 1, maxLength: 4 }),
        (graph, fromOrigin, traits) => {
          const before = analyzeClaim(graph);
          const after = analyzeClaim(addDisjointPath(graph, fromOrigin, traits));
          expect(after.independentPaths).toBeGreaterThanOrEqual(before.independentPaths);
          expect(after.confidence).toBeGreaterThanOrEqual(before.confidence - FLOAT_SLACK);
        },
      ),
      RUNS,
    );
  });

  it("never raises any claim's confidence when a source is retracted", () => {
    fc.assert(
      fc.property(fc.array(arbitraryGraph, { minLength: 1, maxLength: 3 }), fc.nat(5), (graphs, pick) => {
        const claims = graphs.map((graph, i) => ({ ...graph, claimId: `claim-${i}` }));
        for (const impact of assessImpact(claims, { sourceId: `s${pick}` }, "RETRACTED")) {
          expect(impact.after.confidence).toBeLessThanOrEqual(impact.before.confidence + FLOAT_SLACK);
          expect(impact.after.independentPaths).toBeLessThanOrEqual(impact.before.independentPaths);
          expect(impact.effect === "loses_all_support").toBe(
            impact.before.independentPaths > 0 && impact.after.independentPaths === 0,
          );
        }
      }),
      RUNS,
    );
  });

  it("never raises confidence when a hop is retracted", () => {
    fc.assert(
      fc.property(arbitraryGraph, fc.nat(), (graph, pick) => {
        const hop = graph.hops[pick % Math.max(1, graph.hops.length)];
        if (!hop) return;
        const [impact] = assessImpact([graph], { hopId: hop.id }, "RETRACTED");
        expect(impact!.after.confidence).toBeLessThanOrEqual(impact!.before.confidence + FLOAT_SLACK);
        expect(impact!.after.independentPaths).toBeLessThanOrEqual(impact!.before.independentPaths);
      }),
      RUNS,
    );
  });
});
