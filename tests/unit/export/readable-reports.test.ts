import { describe, expect, it } from "vitest";
import { drawChainDiagram } from "@/lib/export/chain-diagram";
import { buildPrintFooterTemplate, formatHtml } from "@/lib/export/format-html";
import { formatMarkdown } from "@/lib/export/format-markdown";
import type { SourcingReport } from "@/lib/export/sourcing-report";
import { toChainDiagram } from "@/lib/reader/chain-diagram";
import { layoutChain } from "@/lib/reader/layout-chain";
import { attachSource, buildSeedReport } from "@/tests/support/report-fixture";

const SCRIPT_NAME = "<script>alert(1)</script>";

/** The seed with hostile text where users can type: a source name, a quote, a URL. */
function buildHostileReport(): SourcingReport {
  const report = buildSeedReport();
  attachSource(
    report,
    6,
    {
      id: "s-evil",
      name: SCRIPT_NAME,
      type: "OUTLET",
      url: "javascript:alert(2)",
      notes: "<img src=x onerror=alert(3)>",
      standing: "ACTIVE",
    },
    [
      { from: "s-journalists", to: "s-evil", relation: "REPORTED_BY" },
      { from: "s-evil", to: null, relation: "QUOTED_BY", evidenceUrl: 'https://evil.example/a?b=<c>&d="e"' },
    ],
  );
  report.claims[0]!.quote = "</blockquote><img src=x onerror=alert(4)> **bold** [link](javascript:alert(5))";
  return report;
}

describe("Markdown report", () => {
  it("lists all 15 claims with speaker, chain, confidence rule and a bibliography", () => {
    const markdown = formatMarkdown(buildSeedReport());
    expect(markdown.match(/^### Claim \d+$/gm)).toHaveLength(15);
    expect(markdown).toContain(
      "- Chain: Emmanuel Macron → journalists from regional French newspapers → La Dépêche du Midi → this article; Emmanuel Macron → journalists from regional French newspapers → Le Parisien → this article",
    );
    expect(markdown).toContain(
      "Sourcing rating 2/5 by rule `indirect-uncorroborated`: Indirect: not independently corroborated",
    );
    expect(markdown).toContain(
      "[evidence](https://www.ladepeche.fr/2025/03/15/guerre-en-ukraine-emmanuel-macron-detaille-la-force-de-soutien.html)",
    );
    const sources = markdown.split("## Sources")[1]!.split("## Bibliography")[0]!.match(/^- /gm);
    expect(sources!.length).toBeGreaterThanOrEqual(5);
    expect(markdown).toMatch(
      /## Bibliography\n\n- La Dépêche du Midi\. \(2025, March 15\)\. Report by La Dépêche du Midi\. La Dépêche du Midi\./,
    );
  });

  it("never turns user text into markup or script links", () => {
    const markdown = formatMarkdown(buildHostileReport());
    expect(markdown).not.toMatch(/<script|<img|<\/blockquote|(?<!\\)\]\(javascript:/);
    expect(markdown).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(markdown).toContain("\\*\\*bold\\*\\* \\[link\\](javascript:alert(5))");
  });
});

describe("HTML report", () => {
  it("is a standalone printable page listing the 15 claims, their chains and the sources", () => {
    const html = formatHtml(buildSeedReport());
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/@page \{[^}]*margin/);
    expect(html).toContain('counter(page) " of " counter(pages)');
    expect(html).toContain("break-inside: avoid");
    expect(html).not.toMatch(/<(link|script)\b/);
    expect(html.match(/<li class="claim"/g)).toHaveLength(15);
    expect(html.match(/<svg class="chain-diagram"/g)).toHaveLength(15);
    const sources = html.match(/<table class="sources">[\s\S]*?<\/table>/)![0].match(/<tr><td>/g);
    expect(sources!.length).toBeGreaterThanOrEqual(5);
    expect(html).toContain("La Dépêche du Midi");
    expect(html).toContain('<div class="csl-bib-body">');
  });

  it("escapes hostile names, quotes and URLs everywhere, including the diagram and bibliography", () => {
    const html = formatHtml(buildHostileReport());
    expect(html).not.toContain(SCRIPT_NAME);
    expect(html).not.toMatch(/<script|<img|onerror=alert\(4\)>|href="javascript:/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;/blockquote&gt;&lt;img src=x onerror=alert(4)&gt;");
    expect(html).toContain('href="https://evil.example/a?b=%3Cc%3E&amp;d=%22e%22"');
    expect(
      buildPrintFooterTemplate({ ...buildSeedReport(), scope: { kind: "article", label: SCRIPT_NAME } }),
    ).not.toContain(SCRIPT_NAME);
  });

  it("lays each chain out left to right: origin first, outlets in parallel, the article last", () => {
    const svg = drawChainDiagram(buildSeedReport().claims[3]!, 4);
    const boxes = [...svg.matchAll(/<title>([^<]+)<\/title><rect x="(\d+(?:\.\d+)?)" y="(\d+(?:\.\d+)?)"/g)].map(
      (m) => ({ name: m[1]!, x: Number(m[2]), y: Number(m[3]) }),
    );
    const at = (name: string) => boxes.find((box) => box.name === name)!;
    expect(boxes).toHaveLength(5);
    expect(at("Emmanuel Macron").x).toBeLessThan(at("journalists from regional French newspapers").x);
    expect(at("journalists from regional French newspapers").x).toBeLessThan(at("La Dépêche du Midi").x);
    expect(at("La Dépêche du Midi").x).toBe(at("Le Parisien").x);
    expect(at("La Dépêche du Midi").y).not.toBe(at("Le Parisien").y);
    expect(at("this article").x).toBeGreaterThan(at("Le Parisien").x);
    expect(svg.match(/<path class="edge/g)).toHaveLength(5);
  });

  it("places every chain in the same columns and rows as the reader's page (one layout for both)", () => {
    const claims = buildSeedReport().claims.filter((claim) => claim.graph.hops.length > 0);
    expect(claims.length).toBeGreaterThan(5);
    /** Each source's column and row as ranks, so node sizes and gaps do not matter. */
    const ranks = (boxes: Array<{ name: string; x: number; y: number }>) => {
      const xs = [...new Set(boxes.map((box) => box.x))].sort((a, b) => a - b);
      const columns = boxes.map((box) => ({ ...box, column: xs.indexOf(box.x) }));
      return Object.fromEntries(
        columns.map((box) => {
          const column = columns.filter((other) => other.column === box.column).sort((a, b) => a.y - b.y);
          return [box.name.toLowerCase(), [box.column, column.indexOf(box)]];
        }),
      );
    };
    for (const [index, claim] of claims.entries()) {
      const svg = drawChainDiagram(claim, index);
      const exported = [...svg.matchAll(/<title>([^<]+)<\/title><rect x="([\d.]+)" y="([\d.]+)"/g)].map((m) => ({
        name: m[1]!.replaceAll("&#39;", "'").replaceAll("&amp;", "&"),
        x: Number(m[2]),
        y: Number(m[3]),
      }));
      const page = layoutChain(toChainDiagram(claim)).nodes.map((node) => ({ name: node.name, x: node.x, y: node.y }));
      expect(ranks(exported)).toEqual(ranks(page));
    }
  });

  it("draws an unattributed claim as the article alone", () => {
    const svg = drawChainDiagram(buildSeedReport().claims[11]!, 12);
    expect(svg.match(/<rect /g)).toHaveLength(1);
    expect(svg).toContain("Unattributed");
  });
});
