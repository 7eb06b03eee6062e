import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { combinePaths, type PathCandidate } from "@/lib/provenance/combine-paths";

const candidates = fc.array(
  fc.record({
    confidence: fc.oneof(fc.constantFrom(0, 0.25, 0.5, 0.75, 0.9), fc.double({ min: 0, max: 1, noNaN: true })),
    intermediates: fc.uniqueArray(fc.constantFrom("a", "b", "c", "d", "e"), { maxLength: 3 }),
  }),
  { maxLength: 8 },
);
const FLOAT_SLACK = 1e-12;

function combineByBruteForce(list: readonly PathCandidate[]): number {
  let best = 0;
  for (let mask = 0; mask < 2 ** list.length; mask++) {
    const chosen = list.filter((_, i) => mask & (1 << i));
    const ids = chosen.flatMap((candidate) => candidate.intermediates);
    if (new Set(ids).size !== ids.length) continue;
    best = Math.max(best, 1 - chosen.reduce((product, candidate) => product * (1 - candidate.confidence), 1));
  }
  return best;
}

describe("combinePaths properties", () => {
  it("finds the best combination of independent paths", () => {
    fc.assert(
      fc.property(candidates, (list) => {
        expect(Math.abs(combinePaths(list) - combineByBruteForce(list))).toBeLessThanOrEqual(FLOAT_SLACK);
      }),
      { numRuns: 500 },
    );
  });

  it("never rises when a path weakens or disappears", () => {
    fc.assert(
      fc.property(candidates, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (list, pick, factor) => {
        if (list.length === 0) return;
        const i = pick % list.length;
        const weakened = list.map((candidate, j) =>
          j === i ? { ...candidate, confidence: candidate.confidence * factor } : candidate,
        );
        const without = list.filter((_, j) => j !== i);
        expect(combinePaths(weakened)).toBeLessThanOrEqual(combinePaths(list) + FLOAT_SLACK);
        expect(combinePaths(without)).toBeLessThanOrEqual(combinePaths(list) + FLOAT_SLACK);
      }),
      { numRuns: 500 },
    );
  });
});
