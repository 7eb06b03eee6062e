import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { MAX_PATHS, tracePaths } from "@/lib/provenance/trace-paths";
import { makeGraph, makeHop, makeSource, makeTroopsGraph, makeTwoWitnessGraph } from "./build-graph";

describe("tracePaths", () => {
  it("finds the origin and both outlet paths of the troops claim", () => {
    expect(tracePaths(makeTroopsGraph())).toEqual({
      origins: ["macron"],
      paths: [
        ["macron", "journalists", "depeche"],
        ["macron", "journalists", "parisien"],
      ],
    });
  });

  it("lists every origin of separate witnesses in name order", () => {
    const graph = makeTwoWitnessGraph();
    const reversed = { ...graph, sources: [...graph.sources].reverse(), hops: [...graph.hops].reverse() };
    expect(tracePaths(reversed)).toEqual({ origins: ["ana", "ben"], paths: [["ana"], ["ben"]] });
  });

  it("counts a link carried by two hops once", () => {
    const graph = makeGraph(
      [makeSource("a", "Ana")],
      [makeHop("h1", "a", null), makeHop("h2", "a", null, { relation: "QUOTED_BY" })],
    );
    expect(tracePaths(graph).paths).toEqual([["a"]]);
  });

  it("returns nothing for an unattributed claim", () => {
    expect(tracePaths(makeGraph([], [], { speakerId: null }))).toEqual({ origins: [], paths: [] });
  });

  it("refuses graphs with more paths than readers can follow", () => {
    const layers = 11;
    const sources = Array.from({ length: layers * 2 }, (_, i) => makeSource(`s${i}`, `S${i}`));
    const hops = [makeHop("root-0", "root", "s0"), makeHop("root-1", "root", "s1")];
    for (let layer = 0; layer + 1 < layers; layer++) {
      for (const a of [0, 1])
        for (const b of [0, 1]) hops.push(makeHop(`h${layer}-${a}-${b}`, `s${layer * 2 + a}`, `s${layer * 2 + 2 + b}`));
    }
    hops.push(makeHop("end-0", `s${layers * 2 - 2}`, null), makeHop("end-1", `s${layers * 2 - 1}`, null));
    expect(2 ** layers).toBeGreaterThan(MAX_PATHS);
    expect(() => tracePaths(makeGraph([makeSource("root", "Root"), ...sources], hops))).toThrow(AppError);
  });
});
