// An "interviewed by" hop reads the same way on every surface: the reader's chain diagram, the
// Markdown and HTML reports, PROV (a derivation with its relation), the CSV chain column and
// schema.org (the outlet's report that carried it), never as more than the hop recorded.
import { Parser } from "n3";
import { describe, expect, it } from "vitest";
import { formatClaimReview } from "@/lib/export/format-claim-review";
import { formatCsv } from "@/lib/export/format-csv";
import { formatHtml } from "@/lib/export/format-html";
import { formatMarkdown } from "@/lib/export/format-markdown";
import { formatProvTurtle } from "@/lib/export/format-prov";
import type { SourcingReport } from "@/lib/export/sourcing-report";
import { analyzeClaim } from "@/lib/provenance/analyze-claim";
import { toChainDiagram } from "@/lib/reader/chain-diagram";
import { readCsvWithPython } from "@/tests/support/python-csv";
import { attachSource, buildSeedReport } from "@/tests/support/report-fixture";

const INTERVIEW = "https://gazette.example.org/2026/03/okafor-interview";

/** Claim 4 of the seed, also told by Paul Okafor in an interview with the Harbour Gazette (second-hand as recorded). */
function interviewReport(): SourcingReport {
  const report = buildSeedReport();
  attachSource(
    report,
    3,
    { id: "s-okafor", name: "Paul Okafor", type: "PERSON", url: null, notes: null, standing: "ACTIVE" },
    [],
  );
  const claim = attachSource(
    report,
    3,
    { id: "s-gazette", name: "Harbour Gazette", type: "OUTLET", url: null, notes: null, standing: "ACTIVE" },
    [
      { from: "s-okafor", to: "s-gazette", relation: "INTERVIEWED_BY", firstHand: false, evidenceUrl: INTERVIEW },
      { from: "s-gazette", to: null, relation: "PARAPHRASED_BY", firstHand: false, evidenceUrl: INTERVIEW },
    ],
  );
  claim.provenance = analyzeClaim(claim.graph);
  return report;
}

describe("an interview hop on every surface", () => {
  it("is labelled interviewed by, with its recorded hand, on the reader's chain diagram", () => {
    const claim = interviewReport().claims[3]!;
    const edge = toChainDiagram(claim).edges.find((candidate) => candidate.relation === "INTERVIEWED_BY")!;
    expect(edge.label).toEqual(["interviewed by", "second-hand · 80%"]);
    expect(edge.firstHand).toBe(false);
  });

  it("reads as interviewed by in the Markdown and HTML reports", () => {
    const report = interviewReport();
    expect(formatMarkdown(report)).toContain("Paul Okafor → Harbour Gazette (interviewed by, second-hand, 80%)");
    expect(formatHtml(report)).toContain("interviewed by, second-hand, 80%");
  });

  it("is a PROV derivation carrying its relation and its hand", () => {
    const quads = new Parser().parse(formatProvTurtle(interviewReport()));
    const hop = quads.find(
      (quad) => quad.predicate.value.endsWith("relation") && quad.object.value === "INTERVIEWED_BY",
    )!;
    const about = quads.filter((quad) => quad.subject.equals(hop.subject));
    const types = about.filter((quad) => quad.predicate.value.endsWith("#type")).map((quad) => quad.object.value);
    expect(types).toEqual(["http://www.w3.org/ns/prov#Derivation"]);
    expect(about.find((quad) => quad.predicate.value.endsWith("firstHand"))?.object.value).toBe("false");
  });

  it("stands in the CSV chain column as the route it is, read back by Python's csv", () => {
    const rows = readCsvWithPython(formatCsv(interviewReport()));
    const claim = rows.find((row) => row.chain?.includes("Paul Okafor"))!;
    expect(claim.chain).toContain("Paul Okafor → Harbour Gazette → this article");
  });

  it("appears in schema.org as the outlet's report that carried it, typed no further", () => {
    const json = JSON.parse(formatClaimReview(interviewReport()));
    const claims: Array<{ appearance?: Array<{ url?: string }> }> = [];
    JSON.parse(JSON.stringify(json), (_key, value) => {
      if (value?.["@type"] === "Claim") claims.push(value);
      return value;
    });
    const node = claims.find((claim) => claim.appearance?.some((work) => work.url === INTERVIEW))!;
    expect(node.appearance).toContainEqual({
      "@type": "CreativeWork",
      publisher: { "@type": "Organization", name: "Harbour Gazette" },
      url: INTERVIEW,
    });
    expect(JSON.stringify(json)).not.toMatch(/Interview"/);
  });
});
