// `interviewed_by` records that a receiver interviewed the step before: the hop's relation, and
// nothing more. Hand and confidence stay what `first_hand`/`indirect` say, so naming an
// interview never raises directness, independence or confidence.
import { describe, expect, it } from "vitest";
import { planAnnotationImport } from "@/lib/annotation/plan-import";
import { AppError } from "@/lib/errors";
import { analyzeClaim } from "@/lib/provenance/analyze-claim";

const body = "Paul Okafor told the Harbour Gazette in an interview that cranes were checked weekly.";
const interview = (extra: Record<string, unknown> = {}) => ({
  title: "Cranes checked weekly",
  sources: [
    { name: "Paul Okafor", type: "PERSON" },
    { name: "Harbour Gazette", type: "OUTLET" },
    { name: "crane log", type: "DOCUMENT" },
  ],
  claims: [
    {
      quote_or_paraphrase: "cranes were checked weekly",
      kind: "paraphrase",
      speaker: "Paul Okafor",
      chain: ["Paul Okafor", "Harbour Gazette", "this article"],
      indirect: true,
      ...extra,
    },
  ],
});
const hops = (plan: ReturnType<typeof planAnnotationImport>) =>
  plan.claims[0]!.hops.map(({ relation, firstHand, confidence }) => [relation, firstHand, confidence]);

describe("interviews in an annotation", () => {
  it("makes the hop into a receiver named in interviewed_by an interview, second-hand unless first_hand says so", () => {
    const plan = planAnnotationImport(interview({ interviewed_by: ["Harbour Gazette"] }), body);
    expect(hops(plan)).toEqual([
      ["INTERVIEWED_BY", false, 0.5],
      ["PARAPHRASED_BY", false, 0.75],
    ]);
  });

  it("gives an interview the same figures as the same chain told: the relation raises nothing", () => {
    const told = analyzeClaim(planAnnotationImport(interview(), body).claims[0]!.graph);
    const interviewed = analyzeClaim(
      planAnnotationImport(interview({ interviewed_by: ["Harbour Gazette"] }), body).claims[0]!.graph,
    );
    expect(interviewed.directness).toBe("indirect");
    expect(interviewed.independentPaths).toBe(told.independentPaths);
    expect(interviewed.confidence).toBeCloseTo(told.confidence, 10);
    expect(interviewed.confidence).toBeCloseTo(0.375, 10);
    expect(interviewed.weakestLink?.reason).toBe("second-hand interview, confidence 0.5");
  });

  it("is first-hand where first_hand names the interviewer too", () => {
    const plan = planAnnotationImport(
      interview({ interviewed_by: ["Harbour Gazette"], first_hand: ["Harbour Gazette"] }),
      body,
    );
    expect(hops(plan)).toEqual([
      ["INTERVIEWED_BY", true, 0.9],
      ["PARAPHRASED_BY", false, 0.75],
    ]);
  });

  it.each([
    [["this article"], /claim 1: interviewed_by cannot name "this article"/],
    [["Paul Okafor"], /claim 1: interviewed_by names "Paul Okafor", which receives nothing in the chain/],
    [["Coastal Herald"], /claim 1: interviewed_by names "Coastal Herald", which receives nothing in the chain/],
  ])("refuses interviewed_by %j, naming the claim", (names, message) => {
    expect(() => planAnnotationImport(interview({ interviewed_by: names }), body)).toThrow(AppError);
    expect(() => planAnnotationImport(interview({ interviewed_by: names }), body)).toThrow(message);
  });

  it("refuses an interview of a record", () => {
    const file = interview({
      chain: ["crane log", "Harbour Gazette", "this article"],
      interviewed_by: ["Harbour Gazette"],
    });
    expect(() => planAnnotationImport(file, body)).toThrow(
      'claim 1: interviewed_by names "Harbour Gazette", but "crane log" before it is a document, a record, which cannot be interviewed',
    );
  });
});
