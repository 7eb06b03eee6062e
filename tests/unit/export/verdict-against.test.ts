import { describe, expect, it } from "vitest";
import { buildClaimJsonLd } from "@/lib/export/format-claim-review";
import { formatHtml } from "@/lib/export/format-html";
import { formatMarkdown } from "@/lib/export/format-markdown";
import { buildSeedReport } from "@/tests/support/report-fixture";

/** The seed with one direct claim (a first-hand hop from its speaker) recorded as a denied direct quote. */
function buildDeniedReport(status: "DENIED" | "RETRACTED" | "ASSERTED" | "CORROBORATED") {
  const report = buildSeedReport();
  const index = report.claims.findIndex((claim) => claim.provenance.directness === "direct");
  expect(index).toBeGreaterThanOrEqual(0);
  const claim = report.claims[index]!;
  claim.kind = "DIRECT_QUOTE";
  claim.status = status;
  claim.publishedAt = "2025-03-20T10:00:00.000Z";
  // One first-hand hop and no primary record: the "direct" rule, 4/5.
  claim.provenance = { ...claim.provenance, primaryRecord: "not_available" };
  return { report, claim, number: index + 1 };
}

function section(markdown: string, number: number): string {
  return markdown.split(`### Claim ${number}\n`)[1]!.split("### Claim")[0]!;
}

describe("a denied or retracted claim's sourcing figures", () => {
  it("read as how its words reached the article, not as support, in Markdown, HTML (and so PDF) and ClaimReview", () => {
    const { report, claim, number } = buildDeniedReport("DENIED");
    const text = section(formatMarkdown(report), number);
    expect(text).toContain("Status: denied");
    expect(text).toContain(
      "- The claim is denied: its sourcing figures say how its words reached the article, not that it holds.\n- Confidence:",
    );
    expect(text).toMatch(/Sourcing rating 4\/5 by rule `direct`/);

    const html = formatHtml(report);
    expect(html).toContain(
      "<dt>Verdict</dt><dd>The claim is denied: its sourcing figures say how its words reached the article, not that it holds.</dd>",
    );

    const review = buildClaimJsonLd(report)["@graph"].find(
      (node) => node["@type"] === "ClaimReview" && node.url === claim.publicUrl,
    ) as { reviewRating: { alternateName: string; ratingExplanation: string; ratingValue?: unknown } };
    expect(review.reviewRating.alternateName).toBe("Denied");
    expect(review.reviewRating.ratingValue).toBeUndefined();
    expect(review.reviewRating.ratingExplanation).toBe(
      `The claim is denied: its sourcing figures say how its words reached the article, not that it holds. ${claim.provenance.summary}`,
    );
  });

  it("say the claim is retracted when it is, and add nothing when the claim stands", () => {
    const retracted = buildDeniedReport("RETRACTED");
    expect(section(formatMarkdown(retracted.report), retracted.number)).toContain("- The claim is retracted: ");
    for (const status of ["ASSERTED", "CORROBORATED"] as const) {
      const standing = buildDeniedReport(status);
      expect(section(formatMarkdown(standing.report), standing.number)).not.toContain("not that it holds");
      expect(formatHtml(standing.report)).not.toContain("<dt>Verdict</dt>");
    }
  });
});
