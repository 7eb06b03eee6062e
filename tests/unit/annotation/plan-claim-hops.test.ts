// A hop is first-hand only where the annotation says so: the importer never makes a record
// primary, or a hop worth first-hand confidence, on its own.
import { describe, expect, it } from "vitest";
import { planAnnotationImport } from "@/lib/annotation/plan-import";
import { AppError } from "@/lib/errors";
import { analyzeClaim } from "@/lib/provenance/analyze-claim";

const body = "The council minutes record that Jane Doe said the bridge will close in May.";
const minutes = (extra: Record<string, unknown> = {}) => ({
  title: "Bridge to close",
  sources: [
    { name: "Jane Doe", type: "PERSON" },
    { name: "council minutes", type: "DOCUMENT" },
  ],
  claims: [
    {
      quote_or_paraphrase: "the bridge will close in May",
      kind: "paraphrase",
      speaker: "Jane Doe",
      chain: ["Jane Doe", "council minutes", "this article"],
      indirect: false,
      ...extra,
    },
  ],
});
const hands = (plan: ReturnType<typeof planAnnotationImport>) =>
  plan.claims[0]!.hops.map(({ relation, firstHand, confidence }) => [relation, firstHand, confidence]);

describe("first-hand hops from an annotation", () => {
  it("leaves a hop second-hand when the annotation does not say first-hand: no primary record", () => {
    const plan = planAnnotationImport(minutes(), body);
    expect(hands(plan)).toEqual([
      ["SAID_TO", false, 0.5],
      ["PARAPHRASED_BY", true, 0.9],
    ]);
    const provenance = analyzeClaim(plan.claims[0]!.graph);
    expect(provenance.primaryRecord).toBe("unknown");
    expect(provenance.confidence).toBeCloseTo(0.45, 10);
  });

  it("makes a hop first-hand where first_hand names its receiver", () => {
    const plan = planAnnotationImport(minutes({ first_hand: ["council minutes"] }), body);
    expect(hands(plan)).toEqual([
      ["SAID_TO", true, 0.9],
      ["PARAPHRASED_BY", true, 0.9],
    ]);
    const provenance = analyzeClaim(plan.claims[0]!.graph);
    // A first-hand record in the chain is not a recorded primary record: primary_evidence is.
    expect(provenance.primaryRecord).toBe("unknown");
    expect(provenance.confidence).toBeCloseTo(0.81, 10);
  });

  it("gives a second-hand hop an outlet's-report value from an outlet, unverified from anyone else", () => {
    const plan = planAnnotationImport(
      {
        title: "Bridge to close",
        sources: [
          { name: "Daily Planet", type: "OUTLET" },
          { name: "Harbour Gazette", type: "OUTLET" },
        ],
        claims: [
          {
            quote_or_paraphrase: "the bridge will close in May",
            kind: "paraphrase",
            speaker: "Jane Doe",
            chain: ["Jane Doe", "Daily Planet", "Harbour Gazette", "this article"],
            indirect: true,
          },
        ],
      },
      body,
    );
    expect(hands(plan)).toEqual([
      ["SAID_TO", false, 0.5],
      ["REPORTED_BY", false, 0.75],
      ["PARAPHRASED_BY", false, 0.75],
    ]);
  });

  it.each([
    [["this article"], /claim 1: first_hand cannot name "this article": .* "indirect"/],
    [["Jane Doe"], /claim 1: first_hand names "Jane Doe", which receives nothing in the chain/],
    [["Harbour Gazette"], /claim 1: first_hand names "Harbour Gazette", which receives nothing/],
  ])("refuses first_hand %j", (firstHand, message) => {
    expect(() => planAnnotationImport(minutes({ first_hand: firstHand }), body)).toThrow(AppError);
    expect(() => planAnnotationImport(minutes({ first_hand: firstHand }), body)).toThrow(message);
  });
});
