// Issue 11: a source type read from a name ("an internal report" → document) is never recorded.
// A chain marked first-hand throughout is direct only through sources the file says are records.
import { describe, expect, it } from "vitest";
import { planAnnotationImport } from "@/lib/annotation/plan-import";
import { analyzeClaim } from "@/lib/provenance/analyze-claim";
import type { SourceType } from "@/lib/vocabulary";

const BODY = "Paul Okafor said the crane had failed its last inspection, the port's records show.";

function planThrough(relay: string, type?: SourceType) {
  return planAnnotationImport(
    {
      title: "Crane",
      ...(type ? { sources: [{ name: relay, type }] } : {}),
      claims: [
        {
          quote_or_paraphrase: "the crane had failed its last inspection",
          kind: "paraphrase",
          speaker: "Paul Okafor",
          chain: ["Paul Okafor", relay, "this article"],
          first_hand: [relay],
          indirect: false,
        },
      ],
    },
    BODY,
  );
}

const RECORD_LIKE: Array<[string, SourceType]> = [
  ["an internal report", "DOCUMENT"],
  ["a recording", "RECORDING"],
  ["the port's inspection dataset", "DATASET"],
  ["a press release", "OFFICIAL_STATEMENT"],
];

describe.each(RECORD_LIKE)('a first-hand chain through "%s"', (relay, recordType) => {
  it("is not direct when the file does not give the type", () => {
    const plan = planThrough(relay);
    const claim = plan.claims[0]!;
    expect(plan.sources.find((source) => source.name === relay)?.type).toBe("UNKNOWN");
    expect(claim.hops.map(({ relation, firstHand }) => [relation, firstHand])).toEqual([
      ["SAID_TO", true],
      ["PARAPHRASED_BY", true],
    ]);
    const provenance = analyzeClaim(claim.graph);
    expect(provenance.directness).toBe("indirect");
    expect(provenance.primaryRecord).toBe("unknown");
    expect(provenance.summary).not.toMatch(/^Direct/);
    expect(plan.warnings).toEqual([
      expect.stringMatching(
        new RegExp(
          `^source "${relay}": no type given, stored as unknown \\(type not recorded\\); .*"type": "${recordType}" \\}$`,
        ),
      ),
    ]);
  });

  it("is direct when the file records it as that type", () => {
    const plan = planThrough(relay, recordType);
    const claim = plan.claims[0]!;
    expect(plan.sources.find((source) => source.name === relay)?.type).toBe(recordType);
    expect(claim.hops.map(({ relation, firstHand }) => [relation, firstHand])).toEqual([
      ["SAID_TO", true],
      ["PARAPHRASED_BY", true],
    ]);
    expect(analyzeClaim(claim.graph).directness).toBe("direct");
    // Still no primary record: only primary_record / primary_evidence state one.
    expect(analyzeClaim(claim.graph).primaryRecord).toBe("unknown");
    expect(plan.warnings).toEqual([]);
  });
});

describe("a guessed outlet", () => {
  it("passes its report on at the unverified value, not an outlet's report, until the file says it is one", () => {
    const annotation = (sources: Array<{ name: string; type: SourceType }>) => ({
      title: "Crane",
      sources,
      claims: [
        {
          quote_or_paraphrase: "the crane had failed its last inspection",
          kind: "paraphrase",
          speaker: "Paul Okafor",
          chain: ["Paul Okafor", "Harbour Gazette", "this article"],
          indirect: true,
        },
      ],
    });
    const guessed = planAnnotationImport(annotation([]), BODY);
    const given = planAnnotationImport(annotation([{ name: "Harbour Gazette", type: "OUTLET" }]), BODY);
    expect(guessed.claims[0]!.hops.at(-1)!.confidence).toBe(0.5);
    expect(given.claims[0]!.hops.at(-1)!.confidence).toBe(0.75);
    expect(guessed.warnings).toEqual([
      'source "Harbour Gazette": no type given, stored as unknown (type not recorded); its name reads like a news outlet. If it is one, give it in sources[]: { "name": "Harbour Gazette", "type": "OUTLET" }',
    ]);
  });
});
