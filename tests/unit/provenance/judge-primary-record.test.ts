import { describe, expect, it } from "vitest";
import { judgePrimaryRecord } from "@/lib/provenance/judge-primary-record";
import { makeGraph, makeHop, makeSource, makeTroopsGraph, makeTwoWitnessGraph } from "./build-graph";

const mayor = makeSource("mayor", "Mayor Lind");
const tape = makeSource("tape", "Council meeting recording", "RECORDING");

describe("judgePrimaryRecord", () => {
  it("takes what the editor recorded", () => {
    expect(judgePrimaryRecord(makeTroopsGraph())).toBe("not_available");
    expect(judgePrimaryRecord({ ...makeTwoWitnessGraph(), primaryRecord: "AVAILABLE" })).toBe("available");
  });

  it("is unknown when nothing was recorded and no record is on a path", () => {
    expect(judgePrimaryRecord(makeTwoWitnessGraph())).toBe("unknown");
    expect(judgePrimaryRecord(makeGraph([], [], { speakerId: null }))).toBe("unknown");
  });

  it("is unknown, not available, when a path merely starts at a source typed as a record", () => {
    const graph = makeGraph(
      [makeSource("report", "an internal report", "DOCUMENT")],
      [makeHop("h1", "report", null, { confidence: 1 })],
    );
    expect(judgePrimaryRecord(graph)).toBe("unknown");
  });

  it("is unknown when a record was made first-hand on a path but none was recorded on the claim", () => {
    const graph = makeGraph(
      [mayor, tape],
      [makeHop("h1", "mayor", "tape"), makeHop("h2", "tape", null, { firstHand: false })],
    );
    expect(judgePrimaryRecord(graph)).toBe("unknown");
    expect(judgePrimaryRecord({ ...graph, primaryRecord: "AVAILABLE" })).toBe("available");
  });
});
