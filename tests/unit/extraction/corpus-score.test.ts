// Our own annotated corpus (tests/fixtures/extraction, see docs/EXTRACTION.md for how each file
// was written and first measured). Floors sit a little under the measured scores so that a
// regression fails while small wording changes in the rules do not.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixturesDir, type Score, SHARED_MISSING, scoreArticle, scorerAvailable } from "./run-scorer.ts";

const MEASURED_MEAN_ATTRIBUTION_F1 = 0.936;
const names = readdirSync(fixturesDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.replace(/\.txt$/, ""))
  .sort();

const runnable = scorerAvailable();
const title = `extractClaims on the annotated corpus${runnable ? "" : ` — ${SHARED_MISSING}`}`;

describe.skipIf(!runnable)(title, () => {
  const scores = new Map<string, Score>();

  it.each(names)("%s: finds the claims and attributes them", (name) => {
    const { score, claims } = scoreArticle(
      path.join(fixturesDir, `${name}.txt`),
      path.join(fixturesDir, `${name}.json`),
    );
    scores.set(name, score);
    expect(score.recall).toBeGreaterThanOrEqual(0.85);
    expect(score.attribution_f1).toBeGreaterThanOrEqual(0.75);
    expect(score.indirect_recall).toBeGreaterThanOrEqual(0.5);
    expect(claims.every((c) => c.chain[c.chain.length - 1] === "this article")).toBe(true);
  });

  it("keeps the corpus mean within 0.05 of what was measured", () => {
    for (const name of names) {
      if (!scores.has(name))
        scores.set(
          name,
          scoreArticle(path.join(fixturesDir, `${name}.txt`), path.join(fixturesDir, `${name}.json`)).score,
        );
    }
    const values = [...scores.values()];
    const mean = values.reduce((sum, s) => sum + s.attribution_f1, 0) / values.length;
    expect(names.length).toBeGreaterThanOrEqual(6);
    expect(mean).toBeGreaterThanOrEqual(MEASURED_MEAN_ATTRIBUTION_F1 - 0.05);
  });
});
