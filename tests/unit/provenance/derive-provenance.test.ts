import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { analyzeClaim } from "@/lib/provenance/analyze-claim";
import { deriveProvenance } from "@/lib/provenance/derive-provenance";
import { makeGraph, makeHop, makeSource, makeTroopsGraph } from "./build-graph";

describe("deriveProvenance", () => {
  it("gives what analyzeClaim gives, once per graph by value", () => {
    const first = deriveProvenance(makeTroopsGraph());
    expect(first.provenance).toEqual(analyzeClaim(makeTroopsGraph()));
    expect(first.unfinishedHopIds).toEqual([]);
    // Another read builds an equal graph: the same answer, not derived again.
    expect(deriveProvenance(makeTroopsGraph())).toBe(first);
    expect(Object.isFrozen(first.provenance.paths[0])).toBe(true);
    expect(Object.isFrozen(first.graph.hops[0])).toBe(true);
  });

  it("derives again when a source's standing changes: a retracted origin is no longer support", () => {
    const graph = makeGraph(
      [makeSource("mayor", "The mayor"), makeSource("desk", "City desk", "OUTLET")],
      [makeHop("h1", "mayor", "desk"), makeHop("h2", "desk", null)],
    );
    const before = deriveProvenance(graph);
    const retracted = {
      ...graph,
      sources: [makeSource("mayor", "The mayor", "PERSON", "RETRACTED"), graph.sources[1]!],
    };
    const after = deriveProvenance(retracted);
    expect(after).not.toBe(before);
    expect(after.provenance).toEqual(analyzeClaim(retracted));
    expect(after.provenance.confidence).toBeLessThan(before.provenance.confidence);
  });

  it("reads the finished hops and lists the unfinished ones", () => {
    const graph = makeGraph(
      [makeSource("macron", "Emmanuel Macron"), makeSource("aides", "Aides"), makeSource("desk", "Desk", "OUTLET")],
      [makeHop("h1", "desk", null), makeHop("h2", "macron", "aides")],
      { speakerId: "desk" },
    );
    const derived = deriveProvenance(graph);
    expect(derived.unfinishedHopIds).toEqual(["h2"]);
    expect(derived.provenance.paths).toEqual([["desk"]]);
  });

  it("throws for a graph the analysis rejects, every time", () => {
    const cycle = makeGraph(
      [makeSource("a", "A"), makeSource("b", "B")],
      [makeHop("h1", "a", "b"), makeHop("h2", "b", "a"), makeHop("h3", "b", null)],
    );
    expect(() => deriveProvenance(cycle)).toThrow(AppError);
    expect(() => deriveProvenance(cycle)).toThrow(AppError);
  });
});
