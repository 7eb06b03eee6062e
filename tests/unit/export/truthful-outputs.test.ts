// Issue 11's property: for any claim graph, kind, stance and status, every output (reader
// wording, CSV, PROV, ClaimReview or Claim) states the same speaker, stance, route and
// independence as the analysis of the graph: never more corroboration, never quotation marks
// around a paraphrase.
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { Parser } from "n3";
import { describe, expect, it } from "vitest";
import { buildClaimJsonLd } from "@/lib/export/format-claim-review";
import { formatCsv } from "@/lib/export/format-csv";
import { formatProvTurtle } from "@/lib/export/format-prov";
import { iriFor } from "@/lib/export/prov-graph";
import type { ReportClaim, SourcingReport } from "@/lib/export/sourcing-report";
import { analyzeClaim } from "@/lib/provenance/analyze-claim";
import type { ClaimGraph } from "@/lib/provenance/graph";
import { describeIndirectReporting } from "@/lib/reader/describe-indirect-reporting";
import { ClaimKind, ClaimStance, ClaimStatus } from "@/lib/vocabulary";
import { stateClaim } from "@/lib/words/claim-statement";
import { arbitraryGraph } from "../provenance/arbitrary-graph";

const CT = "https://claimtrail.org/ns#";
const PROV = "http://www.w3.org/ns/prov#";
const WORDS = "the harbour cranes were inspected";
const ARTICLE = "a1000000-0000-4000-8000-000000000001";

function buildReport(graph: ClaimGraph, kind: ClaimKind, stance: ClaimStance, status: ClaimStatus): SourcingReport {
  // Unique names, so that every output can be matched to the graph by name.
  const named = { ...graph, sources: graph.sources.map((source, i) => ({ ...source, name: `${source.name} ${i}` })) };
  const speaker = named.sources.find((source) => source.id === named.speakerId);
  const names = new Map(named.sources.map((source) => [source.id, source.name]));
  const claim: ReportClaim = {
    id: "c1000000-0000-4000-8000-000000000001",
    articleId: ARTICLE,
    quote: WORDS,
    kind,
    status,
    stance,
    publishedAt: "2025-03-16T18:00:00.000Z",
    speakerName: speaker?.name ?? null,
    cue: null,
    publicUrl: "https://claims.example.org/claims/c1000000-0000-4000-8000-000000000001",
    graph: named,
    hops: named.hops.map((hop) => ({
      id: hop.id,
      fromName: names.get(hop.from)!,
      toName: hop.to ? names.get(hop.to)! : null,
      relation: hop.relation,
      firstHand: hop.firstHand,
      confidence: hop.confidence,
      evidenceUrl: null,
      evidenceArchiveUrl: null,
      evidenceQuote: null,
      evidenceNote: null,
    })),
    provenance: analyzeClaim(named),
  };
  return {
    generatedAt: "2025-03-17T10:30:00.000Z",
    workspace: { name: "Port desk", slug: "port-desk", url: null },
    scope: { kind: "article", label: "Cranes" },
    articles: [
      {
        id: ARTICLE,
        slug: "cranes",
        title: "Cranes",
        publisher: "Port desk",
        url: null,
        publishedAt: null,
        language: "en",
        publicUrl: "https://claims.example.org/articles/cranes",
      },
    ],
    sources: [],
    claims: [claim],
  };
}

const corroborationIn = (text: string) => /independently corroborated by (\d+)/.exec(text)?.[1];

describe("every output states what the graph says, and no more", () => {
  it("holds for generated graphs, kinds, stances and statuses", () => {
    fc.assert(
      fc.property(
        arbitraryGraph,
        fc.constantFrom(...ClaimKind.options),
        fc.constantFrom(...ClaimStance.options),
        fc.constantFrom(...ClaimStatus.options),
        (graph, kind, stance, status) => {
          const report = buildReport(graph, kind, stance, status);
          const claim = report.claims[0]!;
          const { provenance } = claim;
          const names = new Map(claim.graph.sources.map((source) => [source.id, source.name]));

          // Reader wording: the speaker, the stance, quotation marks only for a direct quote.
          const statement = stateClaim(claim);
          if (claim.speakerName) expect(statement.text).toContain(claim.speakerName);
          if (stance === "DENIES") expect(statement.text).toMatch(/denied/i);
          else expect(statement.text).not.toMatch(/denied/i);
          if (kind !== "DIRECT_QUOTE") expect(statement.text).not.toMatch(/[“”"]/);
          const corroborated = corroborationIn(provenance.summary);
          if (corroborated) expect(Number(corroborated)).toBe(provenance.independentPaths);
          if (provenance.independentPaths < 2) expect(provenance.summary).not.toMatch(/independently corroborated by/);
          const plain = describeIndirectReporting(claim);
          if (plain && provenance.independentPaths < 2) expect(plain).not.toMatch(/independent lines of sourcing/);

          // CSV: the same speaker, stance, route (every path) and independence.
          const [row] = parse(formatCsv(report), { columns: true }) as Array<Record<string, string>>;
          expect(row!.speaker).toBe(claim.speakerName ?? "");
          expect(row!.stance).toBe(stance);
          expect(row!.statement).toBe(statement.text);
          expect(Number(row!.independent_paths)).toBe(provenance.independentPaths);
          const routes = provenance.paths.length
            ? provenance.paths.map((path) => [...path.map((id) => names.get(id)), "this article"].join(" → "))
            : ["this article"];
          expect(row!.chain!.split(" | ")).toEqual(routes);

          // PROV: attributed to the speaker, the stance, every hop, the same independence.
          const quads = new Parser().parse(formatProvTurtle(report));
          const iri = iriFor.claim(claim.id);
          const value = (predicate: string) =>
            quads.find((q) => q.subject.value === iri && q.predicate.value === predicate)?.object.value;
          expect(value(`${CT}stance`)).toBe(stance);
          expect(value(`${CT}statement`)).toBe(statement.text);
          expect(Number(value(`${CT}independentPaths`))).toBe(provenance.independentPaths);
          expect(value(`${PROV}wasAttributedTo`)).toBe(
            claim.graph.speakerId ? iriFor.source(claim.graph.speakerId) : undefined,
          );
          const qualified = quads.filter(
            (q) =>
              q.predicate.value === `${PROV}qualifiedDerivation` || q.predicate.value === `${PROV}qualifiedInfluence`,
          );
          expect(qualified).toHaveLength(claim.graph.hops.length);

          // ClaimReview only with a verdict, never a sourcing rating; the same statement and route.
          const [node] = buildClaimJsonLd(report)["@graph"] as unknown as Array<Record<string, unknown>>;
          const item = (status === "ASSERTED" ? node : node!.itemReviewed) as Record<string, unknown>;
          expect(node!["@type"]).toBe(status === "ASSERTED" ? "Claim" : "ClaimReview");
          expect(item.text).toBe(statement.text);
          expect((item.author as { name: string } | undefined)?.name).toBe(claim.speakerName ?? undefined);
          expect(item.description).toBe(provenance.summary);
          expect(JSON.stringify(node)).not.toMatch(/ratingValue|bestRating/);
          if (status !== "ASSERTED") expect(node!.claimReviewed).toBe(statement.text);
        },
      ),
      { numRuns: 150 },
    );
  });
});
