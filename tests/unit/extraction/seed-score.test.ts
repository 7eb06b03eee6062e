import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SHARED_MISSING, scoreArticle, scorerAvailable, sharedDir } from "./run-scorer.ts";

const seedDir = path.join(sharedDir ?? "../shared", "fixtures/seed");
const article = path.join(seedDir, "article.txt");
const gold = path.join(seedDir, "annotation.json");
const runnable = scorerAvailable() && existsSync(article) && existsSync(gold);
const title = `extractClaims on the seed article, scored by the shared scorer${runnable ? "" : ` — ${SHARED_MISSING}`}`;

describe.skipIf(!runnable)(title, () => {
  it("meets the attribution bar and finds every claim that reached the article indirectly", () => {
    const { score, claims } = scoreArticle(article, gold);
    expect(score.attribution_f1).toBeGreaterThanOrEqual(0.85);
    expect(score.indirect_recall).toBe(1);
    const sources = claims.flatMap((c) => c.sources);
    expect(sources).toContain("La Dépêche du Midi");
    expect(sources).toContain("Le Parisien");
  });
});
