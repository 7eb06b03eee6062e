import { describe, expect, it } from "vitest";
import { judgeDirectness } from "@/lib/provenance/judge-directness";
import { makeGraph, makeHop, makeSource, makeTroopsGraph, makeTwoWitnessGraph } from "./build-graph";

const mayor = makeSource("mayor", "Mayor Lind");

describe("judgeDirectness", () => {
  it("is unattributed without hops", () => {
    expect(judgeDirectness(makeGraph([], [], { speakerId: null }))).toBe("unattributed");
    expect(judgeDirectness(makeGraph([mayor], []))).toBe("unattributed");
  });

  it("is direct for one first-hand hop", () => {
    expect(judgeDirectness(makeTwoWitnessGraph())).toBe("direct");
  });

  it("is indirect for one second-hand hop", () => {
    expect(judgeDirectness(makeGraph([mayor], [makeHop("h1", "mayor", null, { firstHand: false })]))).toBe("indirect");
  });

  it("is direct through the origin's own recording", () => {
    const graph = makeGraph(
      [mayor, makeSource("tape", "Council meeting recording", "RECORDING")],
      [makeHop("h1", "mayor", "tape"), makeHop("h2", "tape", null, { relation: "BASED_ON", confidence: 1 })],
    );
    expect(judgeDirectness(graph)).toBe("direct");
  });

  it("is indirect through a recording someone else described", () => {
    const graph = makeGraph(
      [mayor, makeSource("tape", "Council meeting recording", "RECORDING")],
      [makeHop("h1", "mayor", "tape"), makeHop("h2", "tape", null, { relation: "BASED_ON", firstHand: false })],
    );
    expect(judgeDirectness(graph)).toBe("indirect");
  });

  it("is indirect through people or outlets", () => {
    expect(judgeDirectness(makeTroopsGraph())).toBe("indirect");
  });

  it("does not count a retracted direct hop", () => {
    const graph = makeGraph(
      [mayor, makeSource("paper", "Daily Paper", "OUTLET")],
      [
        makeHop("h1", "mayor", null, { standing: "RETRACTED" }),
        makeHop("h2", "mayor", "paper"),
        makeHop("h3", "paper", null, { firstHand: false }),
      ],
    );
    expect(judgeDirectness(graph)).toBe("indirect");
    expect(
      judgeDirectness({ ...graph, hops: graph.hops.map((hop) => ({ ...hop, standing: "ACTIVE" as const })) }),
    ).toBe("direct");
  });

  it("does not count a retracted origin", () => {
    expect(judgeDirectness(makeGraph([{ ...mayor, standing: "RETRACTED" }], [makeHop("h1", "mayor", null)]))).toBe(
      "indirect",
    );
  });
});
