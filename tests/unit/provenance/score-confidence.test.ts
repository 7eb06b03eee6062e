import { describe, expect, it } from "vitest";
import { combinePaths } from "@/lib/provenance/combine-paths";
import type { ClaimGraph } from "@/lib/provenance/graph";
import { scoreConfidence } from "@/lib/provenance/score-confidence";
import { makeGraph, makeHop, makeSource, makeTroopsGraph, makeTwoWitnessGraph } from "./build-graph";

function withSource(graph: ClaimGraph, id: string, standing: "CORRECTED" | "RETRACTED"): ClaimGraph {
  return { ...graph, sources: graph.sources.map((source) => (source.id === id ? { ...source, standing } : source)) };
}

describe("scoreConfidence", () => {
  it("scores the troops claim as one path: 0.9 × 0.9 × 0.75", () => {
    const score = scoreConfidence(makeTroopsGraph());
    expect(score.confidence).toBeCloseTo(0.6075, 10);
    expect(score.bestPath?.path).toEqual(["macron", "journalists", "depeche"]);
    expect(score.weakestLink).toEqual({
      hopId: "h4",
      fromName: "La Dépêche du Midi",
      toName: null,
      confidence: 0.75,
      reason: "second-hand paraphrase, confidence 0.75",
    });
  });

  it("combines separate witnesses by noisy-OR", () => {
    expect(scoreConfidence(makeTwoWitnessGraph()).confidence).toBeCloseTo(1 - 0.1 * 0.25, 10);
  });

  it("halves a hop touching a corrected source and drops a retracted one", () => {
    const corrected = scoreConfidence(withSource(makeTroopsGraph(), "depeche", "CORRECTED"));
    expect(corrected.confidence).toBeCloseTo(0.6075, 10);
    const both = scoreConfidence(
      withSource(withSource(makeTroopsGraph(), "depeche", "CORRECTED"), "parisien", "CORRECTED"),
    );
    expect(both.confidence).toBeCloseTo(0.9 * 0.45 * 0.375, 10);
    expect(both.weakestLink?.reason).toBe(
      "second-hand paraphrase, confidence 0.75, halved to 0.375 because La Dépêche du Midi is corrected",
    );
    const retracted = scoreConfidence(withSource(makeTroopsGraph(), "journalists", "RETRACTED"));
    expect(retracted.confidence).toBe(0);
    expect(retracted.weakestLink?.reason).toBe(
      "first-hand account, not counted: journalists from regional French newspapers is retracted",
    );
  });

  it("halves a corrected hop", () => {
    const graph = makeGraph(
      [makeSource("a", "Ana")],
      [makeHop("h1", "a", null, { standing: "CORRECTED", confidence: 0.5 })],
    );
    expect(scoreConfidence(graph).confidence).toBe(0.25);
  });

  it("is 0 with nothing to support the claim", () => {
    expect(scoreConfidence(makeGraph([], [], { speakerId: null }))).toEqual({
      confidence: 0,
      bestPath: null,
      weakestLink: null,
    });
  });

  it("does not rise when a source is retracted, even where taking the strongest path first would", () => {
    // O→X→Z→Y→article is the strongest path but blocks O→X→article and B→Y→article, which together are stronger.
    const sources = ["o", "x", "z", "y", "b"].map((id) => makeSource(id, id.toUpperCase()));
    const hops = [
      makeHop("ox", "o", "x", { confidence: 1 }),
      makeHop("xz", "x", "z", { confidence: 1 }),
      makeHop("zy", "z", "y", { confidence: 0.9 }),
      makeHop("y-art", "y", null, { confidence: 1 }),
      makeHop("x-art", "x", null, { confidence: 0.8 }),
      makeHop("by", "b", "y", { confidence: 0.8 }),
    ];
    const graph = makeGraph(sources, hops);
    const before = scoreConfidence(graph).confidence;
    const after = scoreConfidence(withSource(graph, "z", "RETRACTED")).confidence;
    expect(before).toBeCloseTo(0.96, 10);
    expect(after).toBeCloseTo(0.96, 10);
  });
});

describe("combinePaths", () => {
  it("never combines paths that share an intermediate source", () => {
    expect(
      combinePaths([
        { confidence: 0.5, intermediates: ["x"] },
        { confidence: 0.5, intermediates: ["x"] },
      ]),
    ).toBe(0.5);
    expect(
      combinePaths([
        { confidence: 0.5, intermediates: ["x"] },
        { confidence: 0.5, intermediates: ["y"] },
      ]),
    ).toBe(0.75);
  });

  it("is 1 with a path of confidence 1 and 0 with none", () => {
    expect(combinePaths([{ confidence: 1, intermediates: [] }])).toBe(1);
    expect(combinePaths([])).toBe(0);
    expect(combinePaths([{ confidence: 0, intermediates: [] }])).toBe(0);
  });
});
