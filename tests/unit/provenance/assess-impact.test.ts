import { describe, expect, it } from "vitest";
import { assessImpact } from "@/lib/provenance/assess-impact";
import { makeGraph, makeHop, makeSource, makeTroopsGraph, makeTwoWitnessGraph } from "./build-graph";

const troops = makeTroopsGraph();
const otherOutletOnly = makeGraph(
  [makeSource("macron", "Emmanuel Macron"), makeSource("depeche", "La Dépêche du Midi", "OUTLET")],
  [makeHop("k1", "macron", "depeche"), makeHop("k2", "depeche", null, { firstHand: false, confidence: 0.75 })],
  { claimId: "depeche-only" },
);
const witnesses = { ...makeTwoWitnessGraph(), claimId: "witnesses" };

describe("assessImpact", () => {
  it("shows which claims lose all support when an outlet is retracted", () => {
    const impacts = assessImpact([troops, otherOutletOnly, witnesses], { sourceId: "depeche" }, "RETRACTED");
    expect(impacts.map(({ claimId, effect }) => [claimId, effect])).toEqual([
      ["claim", "untouched"],
      ["depeche-only", "loses_all_support"],
      ["witnesses", "untouched"],
    ]);
    expect(impacts[0]!.after).toEqual(impacts[0]!.before);
    expect(impacts[1]).toMatchObject({
      before: { independentPaths: 1, confidence: 0.675 },
      after: { independentPaths: 0, confidence: 0 },
    });
  });

  it("takes all support from the troops claim when the journalists are retracted", () => {
    expect(assessImpact([troops], { sourceId: "journalists" }, "RETRACTED")[0]).toMatchObject({
      effect: "loses_all_support",
      after: { confidence: 0, independentPaths: 0 },
    });
  });

  it("weakens a claim when the only conversation behind it is corrected", () => {
    const [impact] = assessImpact([troops], { sourceId: "journalists" }, "CORRECTED");
    expect(impact).toMatchObject({ effect: "weakened", after: { independentPaths: 1 } });
    expect(impact!.after.confidence).toBeCloseTo(0.45 * 0.45 * 0.75, 10);
  });

  it("weakens a corroborated claim when one witness's hop is retracted", () => {
    const [impact] = assessImpact([witnesses], { hopId: "h2" }, "RETRACTED");
    expect(impact).toMatchObject({
      effect: "weakened",
      before: { independentPaths: 2 },
      after: { independentPaths: 1, confidence: 0.9 },
    });
  });

  it("leaves claims that do not use the source alone", () => {
    expect(assessImpact([witnesses], { sourceId: "nobody" }, "RETRACTED")[0]!.effect).toBe("untouched");
  });
});
