// Hundreds of generated edits on real-looking articles (tests/unit/claims/edit-corpus.ts):
// re-anchoring never moves a claim onto words other than its own, and keeps nearly every claim
// whose words survived.
import { describe, expect, it } from "vitest";
import { normalizeForMatch } from "@/lib/claims/match-view";
import { prepareRevision, reanchorClaim } from "@/lib/claims/reanchor-claim";
import { anchorSpan } from "@/lib/claims/text-anchor";
import { generateCase, loadArticles, randomSource } from "./edit-corpus";

const CASES = 400;

describe("re-anchoring on a generated corpus of edits", () => {
  it("moves no claim onto other words and keeps at least 95% of the claims whose words survived", () => {
    const articles = loadArticles();
    const random = randomSource(20261129);
    let claims = 0;
    let wrongWords = 0;
    let survived = 0;
    let kept = 0;
    let otherCopy = 0;
    let elsewhere = 0;
    const missedByKind = new Map<string, number>();
    const failures: string[] = [];
    for (let n = 0; n < CASES; n++) {
      const corpusCase = generateCase(articles, random);
      const revision = prepareRevision(corpusCase.oldBody, corpusCase.newBody);
      for (const [i, span] of corpusCase.claims.entries()) {
        claims++;
        const stored = anchorSpan(corpusCase.oldBody, span.start, span.end);
        const result = reanchorClaim(stored, revision);
        const words = normalizeForMatch(stored.exact);
        const truth = corpusCase.truth[i];
        const intact = truth && normalizeForMatch(corpusCase.newBody.slice(truth.start, truth.end)) === words;
        const anchored = result.status !== "needs_review";
        if (anchored && normalizeForMatch(corpusCase.newBody.slice(result.start, result.end)) !== words) {
          wrongWords++;
          failures.push(`case ${n} (${corpusCase.kinds.join("+")}): "${stored.exact}" → "${result.text}"`);
        }
        const onCopy = corpusCase.copiesOf[i]!.some((copy) => copy.start === result.start);
        if (anchored && onCopy) otherCopy++;
        if (!intact && anchored && !onCopy) {
          elsewhere++;
          // A verbatim duplicated sentence can hold the very same words again; anything else may not.
          if (!corpusCase.kinds.includes("duplicate-sentence"))
            failures.push(
              `case ${n} (${corpusCase.kinds.join("+")}): "${stored.exact}" changed or went, yet was anchored at ${result.start}`,
            );
        }
        if (intact) {
          survived++;
          if (anchored) kept++;
          else for (const kind of corpusCase.kinds) missedByKind.set(kind, (missedByKind.get(kind) ?? 0) + 1);
        }
      }
    }
    const keptShare = kept / survived;
    console.log(
      `re-anchoring corpus: ${CASES} edits, ${claims} claims; moved onto other words: ${wrongWords}; ` +
        `anchored although their own words changed or went: ${elsewhere} (each on a verbatim duplicate of them); ` +
        `kept ${kept} of ${survived} claims whose words survived (${(keptShare * 100).toFixed(1)}%); ` +
        `anchored on an identical copy of their words: ${otherCopy}; flagged though intact, by edits made: ` +
        JSON.stringify(Object.fromEntries(missedByKind)),
    );
    expect(failures).toEqual([]);
    expect(wrongWords).toBe(0);
    expect(survived).toBeGreaterThan(CASES);
    expect(keptShare).toBeGreaterThanOrEqual(0.95);
  });
});
