import { describe, expect, it } from "vitest";
import { judgePrimaryRecord } from "@/lib/provenance/judge-primary-record";
import { makeGraph, makeHop, makeSource, makeTroopsGraph, makeTwoWitnessGraph } from "./build-graph";

const mayor = makeSource("mayor", "Mayor Lind");
const tape = makeSource("tape", "Council meeting recording", "RECORDING");

describe("judgePrimaryRecord", () => {
  it("takes what the annotation states", () => {
    expect(judgePrimaryRecord(makeTroopsGraph())).toBe("not_available");
    expect(judgePrimaryRecord({ ...makeTwoWitnessGraph(), primaryRecord: "AVAILABLE" })).toBe("available");
  });

  it("is unknown when nothing is stated and no record is on a path", () => {
    expect(judgePrimaryRecord(makeTwoWitnessGraph())).toBe("unknown");
    expect(judgePrimaryRecord(makeGraph([], [], { speakerId: null }))).toBe("unknown");
  });

  it("is available when a path starts at a record", () => {
    const graph = makeGraph(
      [makeSource("report", "Audit report", "DOCUMENT")],
      [makeHop("h1", "report", null, { confidence: 1 })],
    );
    expect(judgePrimaryRecord(graph)).toBe("available");
  });

  it("is available when a record was made first-hand on a path", () => {
    const graph = makeGraph(
      [mayor, tape],
      [makeHop("h1", "mayor", "tape"), makeHop("h2", "tape", null, { firstHand: false })],
    );
    expect(judgePrimaryRecord(graph)).toBe("available");
  });

  it("ignores a second-hand or retracted record", () => {
    const secondHand = makeGraph(
      [mayor, tape],
      [makeHop("h1", "mayor", "tape", { firstHand: false }), makeHop("h2", "tape", null)],
    );
    expect(judgePrimaryRecord(secondHand)).toBe("unknown");
    const retracted = makeGraph(
      [mayor, { ...tape, standing: "RETRACTED" }],
      [makeHop("h1", "mayor", "tape"), makeHop("h2", "tape", null)],
    );
    expect(judgePrimaryRecord(retracted)).toBe("unknown");
  });
});
