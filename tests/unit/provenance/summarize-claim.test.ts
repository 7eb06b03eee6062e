import { describe, expect, it } from "vitest";
import { analyzeClaim } from "@/lib/provenance/analyze-claim";
import type { ClaimGraph } from "@/lib/provenance/graph";
import { makeGraph, makeHop, makeSource, makeTroopsGraph, makeTwoWitnessGraph } from "./build-graph";

const summaryOf = (graph: ClaimGraph) => analyzeClaim(graph).summary;

describe("summarizeClaim", () => {
  it("describes the troops claim as two reports of one account", () => {
    expect(summaryOf(makeTroopsGraph())).toBe(
      "Indirect: Emmanuel Macron → journalists from regional French newspapers (no primary record) → La Dépêche du Midi, Le Parisien → this article. 2 reports of 1 account; not independently corroborated.",
    );
  });

  it("describes separate witnesses as independently corroborated", () => {
    expect(summaryOf(makeTwoWitnessGraph())).toBe(
      "Direct: Ana Ortiz, Ben Okafor → this article. Independently corroborated by 2 paths.",
    );
  });

  it("describes an unattributed claim", () => {
    expect(summaryOf(makeGraph([], [], { speakerId: null }))).toBe(
      "Unattributed: the article states this without naming a source.",
    );
  });

  it("notes a recorded primary record at the first receiver, and none that was not recorded", () => {
    const graph = makeGraph(
      [makeSource("mayor", "Mayor Lind"), makeSource("tape", "Council meeting recording", "RECORDING")],
      [makeHop("h1", "mayor", "tape"), makeHop("h2", "tape", null, { relation: "BASED_ON", confidence: 1 })],
    );
    expect(summaryOf({ ...graph, primaryRecord: "AVAILABLE" })).toBe(
      "Direct: Mayor Lind → Council meeting recording (primary record available) → this article. Not independently corroborated.",
    );
    // A source typed as a recording is not a recorded primary record.
    expect(summaryOf(graph)).toBe(
      "Direct: Mayor Lind → Council meeting recording → this article. Not independently corroborated.",
    );
  });

  it("lists paths one by one when they do not line up in steps", () => {
    const graph = makeGraph(
      [makeSource("a", "Ana Ortiz"), makeSource("b", "Ben Okafor"), makeSource("p", "Daily Paper", "OUTLET")],
      [
        makeHop("h1", "a", null),
        makeHop("h2", "b", "p"),
        makeHop("h3", "p", null, { firstHand: false, confidence: 0.75 }),
      ],
      { primaryRecord: "NOT_AVAILABLE" },
    );
    expect(summaryOf(graph)).toBe(
      "Direct, by 2 paths: Ana Ortiz → this article; Ben Okafor → Daily Paper → this article. No primary record. Independently corroborated by 2 paths.",
    );
  });

  it("names retracted and corrected sources", () => {
    const troops = makeTroopsGraph();
    const graph = {
      ...troops,
      sources: troops.sources.map((source) =>
        source.id === "parisien"
          ? { ...source, standing: "RETRACTED" as const }
          : source.id === "depeche"
            ? { ...source, standing: "CORRECTED" as const }
            : source,
      ),
    };
    expect(summaryOf(graph)).toBe(
      "Indirect: Emmanuel Macron → journalists from regional French newspapers (no primary record) → La Dépêche du Midi, Le Parisien → this article. Not independently corroborated. Retracted, no longer counted: Le Parisien. Corrected, given less weight: La Dépêche du Midi.",
    );
  });

  it("says when nothing supports the claim any more", () => {
    const witnesses = makeTwoWitnessGraph();
    const graph = { ...witnesses, hops: witnesses.hops.map((hop) => ({ ...hop, standing: "RETRACTED" as const })) };
    expect(summaryOf(graph)).toBe(
      "Indirect: Ana Ortiz, Ben Okafor → this article. Nothing in its attribution still supports it. Retracted, no longer counted: the link Ana Ortiz → this article, the link Ben Okafor → this article.",
    );
  });
});
