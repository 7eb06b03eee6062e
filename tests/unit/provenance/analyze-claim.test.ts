import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { analyzeClaim } from "@/lib/provenance/analyze-claim";
import { ClaimProvenance } from "@/lib/provenance/claim-provenance";
import { makeGraph, makeHop, makeSource, makeTroopsGraph } from "./build-graph";

describe("analyzeClaim", () => {
  it("derives every field for the troops claim", () => {
    const provenance = analyzeClaim(makeTroopsGraph());
    expect(ClaimProvenance.parse(provenance)).toEqual(provenance);
    expect(provenance).toMatchObject({
      claimId: "claim",
      directness: "indirect",
      origins: ["macron"],
      paths: [
        ["macron", "journalists", "depeche"],
        ["macron", "journalists", "parisien"],
      ],
      hopsToOrigin: 3,
      independentPaths: 1,
      primaryRecord: "not_available",
      weakestLink: { hopId: "h4", confidence: 0.75 },
    });
    expect(provenance.confidence).toBeCloseTo(0.6075, 10);
  });

  it("reports an unattributed claim with no paths", () => {
    expect(analyzeClaim({ claimId: "c", speakerId: null, sources: [], hops: [] })).toEqual({
      claimId: "c",
      directness: "unattributed",
      origins: [],
      paths: [],
      hopsToOrigin: null,
      independentPaths: 0,
      primaryRecord: "unknown",
      confidence: 0,
      weakestLink: null,
      summary: "Unattributed: the article states this without naming a source.",
    });
  });

  it("counts hops to the origin on the shortest path that still supports the claim", () => {
    const sources = [makeSource("a", "Ana"), makeSource("p", "Paper", "OUTLET")];
    const graph = makeGraph(sources, [
      makeHop("h1", "a", null, { standing: "RETRACTED" }),
      makeHop("h2", "a", "p"),
      makeHop("h3", "p", null),
    ]);
    expect(analyzeClaim(graph).hopsToOrigin).toBe(2);
    const allRetracted = { ...graph, hops: graph.hops.map((hop) => ({ ...hop, standing: "RETRACTED" as const })) };
    expect(analyzeClaim(allRetracted)).toMatchObject({
      hopsToOrigin: 1,
      independentPaths: 0,
      confidence: 0,
      directness: "indirect",
    });
  });

  it("validates first", () => {
    const graph = makeGraph([makeSource("a", "Ana")], [makeHop("h1", "a", null, { confidence: 1.5 })]);
    expect(() => analyzeClaim(graph)).toThrow(AppError);
  });
});
