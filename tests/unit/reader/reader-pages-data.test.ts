import { describe, expect, it } from "vitest";
import { toPageClaims } from "@/app/components/reader/page-claim";
import { SourcingReport } from "@/lib/export/sourcing-report";
import { buildClaimPageReport, toClaimPageJsonLd } from "@/lib/reader/claim-review-json-ld";
import { describeDispute } from "@/lib/reader/describe-dispute";
import { quoteInContext } from "@/lib/reader/quote-in-context";
import type { ArticleSourcing, ClaimSourcing } from "@/lib/sourcing/schemas";
import { stateClaim } from "@/lib/words/claim-statement";
import { joinNames, shorten } from "@/lib/words/phrasing";
import { seedBody } from "../annotation/seed";
import { makeTroopsGraph } from "../provenance/build-graph";
import { type ReaderClaim, readerClaim, seedClaims, seedPlan } from "./reader-fixtures";

/** What sourcing.article would return for the seed, without a database. */
function seedSourcing(quoteOverride?: string): ArticleSourcing {
  const names = new Map(
    seedClaims.flatMap((claim) => claim.graph.sources.map((source) => [source.id, source] as const)),
  );
  const toSourcing = (claim: ReaderClaim, i: number) =>
    ({
      id: claim.id,
      articleId: "article-1",
      start: seedPlan.claims[i]!.anchor.start,
      end: seedPlan.claims[i]!.anchor.end,
      quote: i === 0 && quoteOverride ? quoteOverride : claim.quote,
      prefix: "",
      suffix: "",
      kind: seedPlan.claims[i]!.kind,
      status: claim.status,
      stance: "ASSERTS",
      publishedAt: null,
      speaker: claim.graph.speakerId
        ? {
            id: claim.graph.speakerId,
            name: names.get(claim.graph.speakerId)!.name,
            type: names.get(claim.graph.speakerId)!.type,
          }
        : null,
      cue: null,
      note: null,
      primaryRecord: claim.graph.primaryRecord,
      primaryRecordNote: null,
      primaryRecordSource: null,
      namedSources: [],
      hops: claim.graph.hops.map((hop, position) => ({
        id: hop.id,
        from: { id: hop.from, name: names.get(hop.from)!.name, type: names.get(hop.from)!.type },
        to: hop.to ? { id: hop.to, name: names.get(hop.to)!.name, type: names.get(hop.to)!.type } : null,
        relation: hop.relation,
        firstHand: hop.firstHand,
        confidence: hop.confidence,
        evidenceUrl: null,
        evidenceArchiveUrl: null,
        evidenceQuote: null,
        evidenceNote: null,
        occurredAt: null,
        standing: hop.standing,
        position,
      })),
      version: 1,
      graph: claim.graph,
      provenance: claim.provenance,
      unfinishedHopIds: [],
    }) as ClaimSourcing;
  return {
    article: {
      id: "article-1",
      workspaceId: "workspace-1",
      slug: "macron-coalition-of-the-willing",
      title: "Macron on a coalition",
      publisher: "Demo newsroom",
      url: null,
      publishedAt: null,
      language: "en",
      status: "PUBLISHED",
      version: 1,
      body: seedBody,
    },
    sources: [...names.values()].map((source) => ({
      id: source.id,
      name: source.name,
      type: source.type,
      url: null,
      publicNote: null,
      standing: source.standing,
    })),
    claims: seedClaims.map(toSourcing),
  };
}

describe("a claim page's JSON-LD", () => {
  const base = "https://claims.example.org";

  it("is one schema.org Claim for a claim without a verdict, linking the claim's own page", () => {
    const sourcing = seedSourcing();
    const report = buildClaimPageReport(sourcing.claims[0]!, sourcing.article, base);
    expect(SourcingReport.safeParse(report).success).toBe(true);
    const document = JSON.parse(toClaimPageJsonLd(sourcing.claims[0]!, sourcing.article, base)) as {
      "@graph": Array<Record<string, unknown>>;
    };
    expect(document["@graph"]).toHaveLength(1);
    expect(document["@graph"][0]).toMatchObject({
      "@type": "Claim",
      "@id": `${base}/claims/${seedClaims[0]!.id}#claim`,
      url: `${base}/claims/${seedClaims[0]!.id}`,
    });
  });

  it("is one ClaimReview by the article's publisher where the newsroom set a verdict, dated when it was published", () => {
    const sourcing = seedSourcing();
    const claim = { ...sourcing.claims[0]!, status: "DISPUTED" as const, publishedAt: "2025-03-16T18:00:00.000Z" };
    const [review] = (
      JSON.parse(toClaimPageJsonLd(claim, sourcing.article, base)) as { "@graph": Array<Record<string, unknown>> }
    )["@graph"];
    expect(review).toMatchObject({
      "@type": "ClaimReview",
      "@id": `${base}/claims/${seedClaims[0]!.id}#review`,
      author: { "@type": "Organization", name: "Demo newsroom" },
      datePublished: "2025-03-16T18:00:00.000Z",
      reviewRating: { alternateName: "Disputed" },
    });
    const anonymous = toClaimPageJsonLd(claim, { ...sourcing.article, publisher: null }, base);
    expect((JSON.parse(anonymous) as { "@graph": Array<{ author: { name: string } }> })["@graph"][0]!.author.name).toBe(
      "Claimtrail",
    );
  });

  it("cannot be closed early by a quote", () => {
    const sourcing = seedSourcing("</script><script>alert(1)</script>");
    const script = toClaimPageJsonLd(sourcing.claims[0]!, sourcing.article, base);
    expect(script).not.toContain("</script>");
    expect(script).not.toContain("<");
  });
});

describe("the article page's claims", () => {
  it("mark a claim readers do not see yet, for the members who do, and nothing else", () => {
    const sourcing = seedSourcing();
    const states = ["DRAFT", "IN_REVIEW", "REVIEWED", "PUBLISHED", undefined] as const;
    const claims = sourcing.claims.slice(0, states.length).map((claim, index) => ({
      ...claim,
      reviewState: states[index],
    }));
    const page = toPageClaims({ ...sourcing, claims });
    expect(page.map((claim) => claim.unpublished)).toEqual(["DRAFT", "IN_REVIEW", "REVIEWED", undefined, undefined]);
    expect("unpublished" in page[3]!).toBe(false);
  });
});

describe("reader wording", () => {
  it("shows a claim in its own paragraph", () => {
    const troops = seedPlan.claims.find((claim) => claim.quote.startsWith("participating nations"))!;
    const context = quoteInContext(seedBody, troops.anchor);
    expect(context.quote).toBe(troops.quote);
    expect(context.before).toMatch(/^Macron’s office noted on Sunday/);
    expect(`${context.before}${context.quote}${context.after}`).not.toContain("\n");
    expect(quoteInContext("One.\nTwo three.\nFour.", { start: 9, end: 14 })).toEqual({
      before: "Two ",
      quote: "three",
      after: ".",
    });
  });

  it("explains a dispute or retraction in words", () => {
    const troops = makeTroopsGraph();
    expect(describeDispute(readerClaim(troops))).toBeNull();
    expect(describeDispute(readerClaim(troops, "DENIED"))).toBe("This claim has been denied.");
    const withdrawn = {
      ...troops,
      hops: troops.hops.map((hop) =>
        hop.to === null && hop.from === "parisien" ? { ...hop, standing: "RETRACTED" as const } : hop,
      ),
    };
    expect(describeDispute(readerClaim(withdrawn, "DISPUTED"))).toBe(
      "This claim is disputed. Retracted since, and no longer counted: the link Le Parisien → this article.",
    );
  });

  it("joins names, shortens titles between words, and never doubles quotation marks", () => {
    expect(joinNames(["A"])).toBe("A");
    expect(joinNames(["A", "B", "C"])).toBe("A, B and C");
    expect(shorten("participating nations potentially sending several thousand troops", 30)).toBe(
      "participating nations…",
    );
    const quote = { kind: "DIRECT_QUOTE", speakerName: "Emmanuel Macron" } as const;
    expect(stateClaim({ ...quote, quote: "“Ukraine is sovereign.”" }).text).toBe(
      "Emmanuel Macron: “Ukraine is sovereign.”",
    );
    expect(stateClaim({ ...quote, quote: "approval from Moscow" }).text).toBe(
      "Emmanuel Macron: “approval from Moscow”",
    );
  });
});
