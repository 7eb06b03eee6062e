import { describe, expect, it } from "vitest";
import { countIndependentPaths } from "@/lib/provenance/count-independent-paths";
import { makeGraph, makeHop, makeSource, makeTroopsGraph, makeTwoWitnessGraph } from "./build-graph";

describe("countIndependentPaths", () => {
  it("counts two outlets reporting one conversation as 1", () => {
    expect(countIndependentPaths(makeTroopsGraph())).toBe(1);
  });

  it("counts two separate witnesses as 2", () => {
    expect(countIndependentPaths(makeTwoWitnessGraph())).toBe(2);
  });

  it("counts two outlets that each heard the origin themselves as 2", () => {
    const graph = makeGraph(
      [makeSource("m", "Mayor"), makeSource("x", "Outlet X", "OUTLET"), makeSource("y", "Outlet Y", "OUTLET")],
      [makeHop("h1", "m", "x"), makeHop("h2", "m", "y"), makeHop("h3", "x", null), makeHop("h4", "y", null)],
    );
    expect(countIndependentPaths(graph)).toBe(2);
  });

  it("finds disjoint paths a greedy walk would miss", () => {
    const sources = ["o", "a", "b", "c", "d"].map((id) => makeSource(id, id.toUpperCase()));
    const hops = [
      makeHop("oa", "o", "a"),
      makeHop("ob", "o", "b"),
      makeHop("ac", "a", "c"),
      makeHop("ad", "a", "d"),
      makeHop("bc", "b", "c"),
      makeHop("c-art", "c", null),
      makeHop("d-art", "d", null),
    ];
    expect(countIndependentPaths(makeGraph(sources, hops))).toBe(2);
  });

  it("counts a link carried by two hops once", () => {
    const graph = makeGraph(
      [makeSource("a", "Ana")],
      [makeHop("h1", "a", null), makeHop("h2", "a", null, { relation: "CONFIRMED_BY" })],
    );
    expect(countIndependentPaths(graph)).toBe(1);
  });

  it("does not count retracted or contradicted support", () => {
    const witnesses = makeTwoWitnessGraph();
    const retractedSource = {
      ...witnesses,
      sources: witnesses.sources.map((s) => (s.id === "ben" ? { ...s, standing: "RETRACTED" as const } : s)),
    };
    expect(countIndependentPaths(retractedSource)).toBe(1);
    const retractedHop = { ...witnesses, hops: witnesses.hops.map((h) => ({ ...h, standing: "RETRACTED" as const })) };
    expect(countIndependentPaths(retractedHop)).toBe(0);
    const contradicted = {
      ...witnesses,
      hops: witnesses.hops.map((h) => (h.id === "h1" ? { ...h, confidence: 0 } : h)),
    };
    expect(countIndependentPaths(contradicted)).toBe(1);
  });

  it("is 0 without hops", () => {
    expect(countIndependentPaths(makeGraph([], [], { speakerId: null }))).toBe(0);
  });
});
