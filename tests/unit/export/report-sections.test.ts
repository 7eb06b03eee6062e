// Formats written in sections: a report streamed article by article reads exactly like the same
// report built whole, JSON documents are the bytes JSON.stringify writes, and a document of two
// articles citing the same works stays parseable with unique keys and claims numbered on.
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";
import { Parser as TurtleParser } from "n3";
import { describe, expect, it } from "vitest";
import { buildClaimJsonLd, formatClaimReview } from "@/lib/export/format-claim-review";
import { buildProvJsonLd, formatProvJsonLd } from "@/lib/export/format-prov";
import { type ExportFormat, formatReport, streamReport } from "@/lib/export/formats";
import type { SourcingReport } from "@/lib/export/sourcing-report";
import { buildSeedReport } from "@/tests/support/report-fixture";

const SECTIONED = ["csl", "bibtex", "ris", "claimreview", "prov-ttl", "prov-jsonld", "md", "html"] as const;

/** The seed article, and a second article of the same desk whose claims rely on the same works. */
function buildTwoArticleReport(): { whole: SourcingReport; parts: SourcingReport[] } {
  const first = buildSeedReport();
  const second = buildSeedReport();
  const article = { ...second.articles[0]!, id: "article-two", slug: "follow-up", title: "Follow-up" };
  const rename = (id: string) => `${id}-two`;
  const claims = second.claims.map((claim) => ({
    ...claim,
    id: rename(claim.id),
    articleId: article.id,
    graph: {
      ...claim.graph,
      claimId: rename(claim.id),
      hops: claim.graph.hops.map((hop) => ({ ...hop, id: rename(hop.id) })),
    },
    hops: claim.hops.map((hop) => ({ ...hop, id: rename(hop.id) })),
  }));
  const scope = { kind: "workspace" as const, label: "Europe Desk" };
  const parts = [
    { ...first, scope },
    { ...second, scope, articles: [article], claims },
  ];
  return {
    whole: { ...first, scope, articles: [first.articles[0]!, article], claims: [...first.claims, ...claims] },
    parts,
  };
}

async function collect(format: Exclude<ExportFormat, "pdf" | "csv">, whole: SourcingReport, parts: SourcingReport[]) {
  async function* arriving() {
    for (const part of parts) yield part;
  }
  const head = {
    generatedAt: whole.generatedAt,
    workspace: whole.workspace,
    scope: whole.scope,
    claimCount: whole.claims.length,
    sourceCount: new Set(whole.claims.flatMap((claim) => claim.graph.sources.map((source) => source.id))).size,
    language: "en",
  };
  let out = "";
  for await (const piece of streamReport(format, head, arriving())) out += piece;
  return out;
}

describe("formats written in sections", () => {
  it("write one article's JSON documents as JSON.stringify would", () => {
    const report = buildSeedReport();
    expect(formatClaimReview(report)).toBe(`${JSON.stringify(buildClaimJsonLd(report), null, 2)}\n`);
    expect(formatProvJsonLd(report)).toBe(`${JSON.stringify(buildProvJsonLd(report), null, 2)}\n`);
    const csl = formatReport(report, "csl");
    expect(csl).toBe(`${JSON.stringify(JSON.parse(csl), null, 2)}\n`);
  });

  it("stream a report article by article to the same text as the report built whole", async () => {
    const { whole, parts } = buildTwoArticleReport();
    for (const format of SECTIONED)
      expect(await collect(format, whole, parts), format).toBe(formatReport(whole, format));
  });

  it("keep a two-article document parseable, its citation keys unique and its claims numbered on", () => {
    const { whole } = buildTwoArticleReport();
    const claims = whole.claims.length;
    for (const format of ["csl", "bibtex", "ris"] as const) {
      const items = new Cite(formatReport(whole, format)).data as Array<{ id: string; "citation-key"?: string }>;
      const keys = items.map((item) => (format === "ris" ? item.id : item["citation-key"]));
      expect(new Set(keys).size, format).toBe(items.length);
    }
    const csl = JSON.parse(formatReport(whole, "csl")) as Array<{
      id: string;
      "citation-key": string;
      title: string;
      note: string;
    }>;
    const depeche = csl.filter((item) => item.title === "Report by La Dépêche du Midi");
    expect(depeche.map((item) => item["citation-key"])).toEqual(["LaDepecheDuMidi2025", "LaDepecheDuMidi2025_2"]);
    expect(depeche[1]!.note).toMatch(/^Relied on by claims? (1[6-9]|2\d|30)\b.* of “Follow-up”\.$/);
    expect(JSON.parse(formatReport(whole, "claimreview"))["@graph"]).toHaveLength(claims);
    expect(JSON.parse(formatReport(whole, "prov-jsonld"))["@graph"].length).toBeGreaterThan(claims);
    expect(new TurtleParser().parse(formatReport(whole, "prov-ttl")).length).toBeGreaterThan(claims * 10);
    const markdown = formatReport(whole, "md");
    expect(markdown.match(/^### Claim \d+$/gm)).toEqual(Array.from({ length: claims }, (_, i) => `### Claim ${i + 1}`));
    expect(markdown.match(/^## /gm)).toHaveLength(2);
  });
});
