import { describe, expect, it } from "vitest";
import { assessImpact } from "@/lib/provenance/assess-impact";
import { describeImpactFigures } from "@/lib/sources/describe-impact-figures";
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
      before: { independentPaths: 1, confidence: 0.675, directness: "indirect" },
      after: { independentPaths: 0, confidence: 0 },
    });
    // The preview beside each claim: what changes as before → after, what stays once.
    expect(describeImpactFigures(impacts[1]!)).toBe("confidence 68% → 0%, independent paths 1 → 0, indirect");
    expect(describeImpactFigures(impacts[0]!)).toBe("confidence 61%, independent paths 1, indirect");
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

  it("shows a claim heard first-hand that now rests only on an outlet as direct → indirect", () => {
    const both = makeGraph(
      [makeSource("macron", "Emmanuel Macron"), makeSource("depeche", "La Dépêche du Midi", "OUTLET")],
      [
        makeHop("d1", "macron", null, { firstHand: true, confidence: 0.9 }),
        makeHop("k1", "macron", "depeche"),
        makeHop("k2", "depeche", null, { firstHand: false, confidence: 0.75 }),
      ],
      { claimId: "both" },
    );
    const [impact] = assessImpact([both], { hopId: "d1" }, "RETRACTED");
    expect(impact).toMatchObject({ before: { directness: "direct" }, after: { directness: "indirect" } });
    expect(describeImpactFigures(impact!)).toMatch(
      /^confidence \d+% → \d+%, independent paths 2 → 1, direct → indirect$/,
    );
  });

  it("leaves claims that do not use the source alone", () => {
    expect(assessImpact([witnesses], { sourceId: "nobody" }, "RETRACTED")[0]!.effect).toBe("untouched");
  });
});
