import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { SourceHint } from "@/lib/annotation/annotation-file";
import { planAnnotationImport } from "@/lib/annotation/plan-import";
import { analyzeClaim } from "@/lib/provenance/analyze-claim";

const seedFile = (name: string) => readFileSync(new URL(`../../../prisma/seed/${name}`, import.meta.url), "utf8");
const annotation: unknown = JSON.parse(seedFile("annotation.json"));
// The seed is the annotation with the demo manifest's source types, as the demo loader reads it.
const manifest = JSON.parse(seedFile("demo.json")) as { sources: SourceHint[] };
const plan = planAnnotationImport(annotation, seedFile("article.txt"), manifest.sources);

describe("seed article provenance", () => {
  it("has the 15 annotated claims", () => {
    expect(plan.claims).toHaveLength(15);
  });

  it.each(plan.claims.map((claim, i) => [i + 1, claim] as const))(
    "agrees with the annotation on directness of claim %i",
    (_, claim) => {
      const { directness } = analyzeClaim(claim.graph);
      if (claim.indirect) expect(directness).toBe("indirect");
      else if (claim.graph.speakerId === null) expect(directness).toBe("unattributed");
      else expect(directness).toBe("direct");
    },
  );

  it("counts the troops claim's two outlets as one conversation with no primary record", () => {
    const troops = plan.claims.find((claim) =>
      claim.quote.startsWith("participating nations potentially sending several thousand troops"),
    );
    const provenance = analyzeClaim(troops!.graph);
    expect(provenance.independentPaths).toBe(1);
    expect(provenance.primaryRecord).toBe("not_available");
    expect(provenance.paths).toHaveLength(2);
    // Macron told the journalists in person (first-hand); the article does not say the outlets'
    // reporters were there, so their reports are second-hand: 0.9 × 0.5 × 0.75.
    expect(provenance.confidence).toBeCloseTo(0.3375, 10);
    expect(provenance.weakestLink?.reason).toBe("second-hand report, confidence 0.5");
    expect(provenance.summary).toMatch(
      /^Indirect: Emmanuel Macron → journalists from regional French newspapers \(no primary record\) → La Dépêche du Midi, Le Parisien → this article\. 2 reports of 1 account; not independently corroborated\.$/,
    );
  });
});
