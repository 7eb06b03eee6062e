// The article page's figures, computed by the reader's counting from what sourcing.article
// returns for the seed, equal the figures read straight from the reference annotation.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classifyClaim } from "@/lib/reader/claim-strength";
import { countSourcing } from "@/lib/reader/count-sourcing";
import { describeIndirectReporting } from "@/lib/reader/describe-indirect-reporting";
import type { Database } from "@/server/database/open-database";
import { loadDemo } from "@/server/services/seed/load-demo";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { computeAnnotationFigures, countChainLines, type FigureClaim } from "../support/annotation-figures";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

type ReferenceClaim = FigureClaim & { quote_or_paraphrase: string };
const annotation = JSON.parse(fs.readFileSync(path.join(repoRoot, "prisma", "seed", "annotation.json"), "utf8")) as {
  claims: ReferenceClaim[];
};

describe.each(testEngines())("the seed article's reader figures on $name", (engine) => {
  let database: Database;
  let caller: ReturnType<typeof createCaller>;
  beforeAll(async () => {
    database = await engine.open();
    await loadDemo(database.db, repoRoot);
    caller = createCaller(createInnerContext({ db: database.db }));
  });
  afterAll(() => database.close());

  it("counts claims, indirect reporting, missing primary records and single-source claims as the annotation does", async () => {
    const sourcing = await caller.sourcing.article({ slug: "macron-coalition-of-the-willing" });
    const counts = countSourcing(sourcing.claims);
    const expected = computeAnnotationFigures(annotation.claims);
    expect(counts.claims).toBe(expected.claims);
    expect(counts.indirect).toBe(expected.indirect);
    expect(counts.noPrimaryRecord).toBe(expected.noPrimaryRecord);
    expect(counts.attributed).toBe(expected.attributed);
    expect(counts.singleSource).toBe(expected.singleSource);
    expect(counts.unattributed).toBe(expected.unattributed);
    expect(counts.byStrength.disputed).toBe(expected.disputed);
    expect(Object.values(counts.byStrength).reduce((sum, count) => sum + count, 0)).toBe(expected.claims);
  });

  it("agrees claim by claim: class, independent lines and plain words for every indirect claim", async () => {
    const sourcing = await caller.sourcing.article({ slug: "macron-coalition-of-the-willing" });
    for (const reference of annotation.claims) {
      const claim = sourcing.claims.find((candidate) => candidate.quote === reference.quote_or_paraphrase);
      expect(claim, reference.quote_or_paraphrase).toBeDefined();
      const strength = classifyClaim(claim!);
      if (reference.chain.length === 1) expect(strength).toBe("unattributed");
      else expect(strength).toBe(reference.indirect ? "indirect" : "direct");
      expect(claim!.provenance.independentPaths).toBe(countChainLines(reference.chain));
      const sentence = describeIndirectReporting(claim!);
      if (!reference.indirect) expect(sentence).toBeNull();
      else {
        // The sources the article relies on are the chain's last step before "this article".
        for (const teller of reference.chain.at(-2)!.split(" / ")) expect(sentence).toContain(teller);
      }
    }
  });
});
