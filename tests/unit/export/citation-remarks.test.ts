// Issue 11, example 5: the people in a chain are cited where their words are relied on (a
// first-hand "said to" hop to people is a remark, cited as a personal communication), and an
// outlet whose report was not recorded at an address is cited as its report, never as a web page
// titled with its name at its home page.
import { Cite } from "@citation-js/core";
import { describe, expect, it } from "vitest";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { formatBibtex } from "@/lib/export/format-bibtex";
import { formatCslJson } from "@/lib/export/format-csl-json";
import { formatMarkdown } from "@/lib/export/format-markdown";
import { formatRis } from "@/lib/export/format-ris";
import type { ReportSource, SourcingReport } from "@/lib/export/sourcing-report";
import { attachSource, buildSeedReport } from "@/tests/support/report-fixture";
import { collectCitationWarnings } from "./citation-warnings";

type Parsed = Record<string, unknown> & { type?: string; title?: string };
const parseBack = (text: string) => collectCitationWarnings(() => new Cite(text).data as Parsed[]);
const cslOf = (report: SourcingReport) => JSON.parse(formatCslJson(report)) as Parsed[];

const source = (id: string, name: string, type: ReportSource["type"], extra: Partial<ReportSource> = {}) =>
  ({ id, name, type, url: null, notes: null, standing: "ACTIVE", ...extra }) as ReportSource;
const berg = source("s-berg", "Ana Berg", "PERSON");
const dockers = source("s-dockers", "dock workers at Pier 4", "GROUP");
const courier = source("s-courier", "Fjord Courier", "OUTLET", { url: "https://fjordcourier.example.no/" });
const council = source("s-council", "Harbour Council, Fjord District", "ORGANIZATION", { standing: "CORRECTED" });

/**
 * An article of our own, on claims 10 and 11 of the seed (replaced chains): Ana Berg told dock
 * workers (recorded 2026-02-03), the workers told the Fjord Courier, whose report was recorded
 * with no address (only the outlet's home page is known), and the Courier → this article. Claim
 * 11: the Harbour Council told the dock workers, undated, the workers → this article.
 */
function fjordReport(): SourcingReport {
  const report = buildSeedReport();
  for (const index of [9, 10]) {
    const claim = report.claims[index]!;
    claim.graph.hops = [];
    claim.hops = [];
    claim.graph.sources = [];
  }
  report.claims[9]!.graph.speakerId = "s-berg";
  report.claims[9]!.graph.primaryRecord = "NOT_AVAILABLE";
  attachSource(report, 9, berg, []);
  attachSource(report, 9, dockers, [
    { from: "s-berg", to: "s-dockers", relation: "SAID_TO", occurredAt: "2026-02-03" },
  ]);
  attachSource(report, 9, courier, [
    { from: "s-dockers", to: "s-courier", relation: "SAID_TO" },
    { from: "s-courier", to: null, relation: "PARAPHRASED_BY" },
  ]);
  report.claims[10]!.graph.speakerId = "s-council";
  attachSource(report, 10, council, []);
  attachSource(report, 10, dockers, [
    { from: "s-council", to: "s-dockers", relation: "SAID_TO" },
    { from: "s-dockers", to: null, relation: "REPORTED_BY", firstHand: false },
  ]);
  return report;
}

describe("remarks: the people in a chain", () => {
  it("cites Macron's remarks to the regional journalists in the seed, with no record and no invented date", () => {
    const remarks = cslOf(buildSeedReport()).filter((item) => item.type === "personal_communication");
    expect(remarks).toEqual([
      {
        id: "remark-s-macron-s-journalists",
        "citation-key": "EmmanuelMacron",
        type: "personal_communication",
        title: "Remarks to journalists from regional French newspapers",
        author: [{ family: "Macron", given: "Emmanuel" }],
        recipient: [{ literal: "journalists from regional French newspapers" }],
        note: "No record of it is known. Relied on by claims 1, 2, 4, 5, 6, 7, 8 and 9.",
      },
    ]);
  });

  it("dates a remark only from its hop, keeps an organisation whole, flags its standing, and says 'no record' only as recorded", () => {
    const items = cslOf(fjordReport()).filter(
      (item) => item.type === "personal_communication" && !String(item.id).includes("macron"),
    );
    expect(items).toEqual([
      {
        id: "remark-s-berg-s-dockers",
        "citation-key": "AnaBerg2026",
        type: "personal_communication",
        title: "Remarks to dock workers at Pier 4",
        author: [{ family: "Berg", given: "Ana" }],
        recipient: [{ literal: "dock workers at Pier 4" }],
        issued: { "date-parts": [[2026, 2, 3]] },
        note: "No record of it is known. Relied on by claim 10.",
      },
      {
        id: "remark-s-council-s-dockers",
        "citation-key": "HarbourCouncilFjordDistrict",
        type: "personal_communication",
        title: "Remarks to dock workers at Pier 4",
        author: [{ literal: "Harbour Council, Fjord District" }],
        recipient: [{ literal: "dock workers at Pier 4" }],
        // Claim 11 recorded nothing about a primary record: the item says nothing of one.
        note: "Corrected. Relied on by claim 11.",
      },
    ]);
    // Nothing says the remark was a recording, a document or a speech.
    const text = JSON.stringify(items);
    for (const word of ["record of", "speech", "document", "Recording"])
      expect(text.replace("No record of it is known", "")).not.toContain(word);
  });

  it("cites a first-hand remark to an organisation, named whole as its recipient", () => {
    const report = fjordReport();
    attachSource(report, 10, berg, [{ from: "s-berg", to: "s-council", relation: "SAID_TO" }]);
    const remark = cslOf(report).find((item) => item.id === "remark-s-berg-s-council");
    expect(remark).toEqual({
      id: "remark-s-berg-s-council",
      "citation-key": "AnaBerg",
      type: "personal_communication",
      title: "Remarks to Harbour Council, Fjord District",
      author: [{ family: "Berg", given: "Ana" }],
      recipient: [{ literal: "Harbour Council, Fjord District" }],
      note: "Corrected. Relied on by claim 11.",
    });
  });

  it("cites an outlet known only by its home page as its report, with no address", () => {
    const items = cslOf(fjordReport());
    expect(items.find((item) => item["container-title"] === "Fjord Courier")).toEqual({
      id: "s-courier",
      "citation-key": "FjordCourier",
      type: "article-newspaper",
      title: "Report by Fjord Courier",
      "container-title": "Fjord Courier",
      publisher: "Fjord Courier",
      author: [{ literal: "Fjord Courier" }],
      note: "Relied on by claim 10.",
    });
    expect(JSON.stringify(items)).not.toContain("fjordcourier.example.no");
    expect(items.some((item) => item.type === "webpage")).toBe(false);
    expect(items.some((item) => item.title === "Fjord Courier")).toBe(false);
  });

  it("cites an outlet whose hop recorded its home page as evidence as its report, not as the page", () => {
    const report = fjordReport();
    const hop = report.claims[9]!.hops.find((found) => found.fromName === "Fjord Courier")!;
    hop.evidenceUrl = "https://fjordcourier.example.no";
    hop.evidenceCapturedAt = "2026-02-05T10:00:00Z";
    const courierItems = cslOf(report).filter((item) => item["container-title"] === "Fjord Courier");
    expect(courierItems).toHaveLength(1);
    expect(courierItems[0]).not.toHaveProperty("URL");
    expect(courierItems[0]).not.toHaveProperty("accessed");
    expect(courierItems[0]!.title).toBe("Report by Fjord Courier");
  });

  it("reads the remark and the outlet's report as such in the readable bibliography and the chain", () => {
    const markdown = formatMarkdown(fjordReport());
    expect(markdown).toContain("- Fjord Courier. (n.d.). Report by Fjord Courier. Fjord Courier.");
    expect(markdown).not.toMatch(/Fjord Courier\. \(n\.d\.\)\. Fjord Courier\./);
    // APA leaves a personal communication out of a reference list; the chain shows the remark.
    expect(markdown).toContain("Ana Berg → dock workers at Pier 4 (said to");
  });

  it("is read back by citation-js from CSL-JSON, BibTeX and RIS with its author, title and date", () => {
    const report = fjordReport();
    for (const [format, text] of [
      ["csl", formatCslJson(report)],
      ["bibtex", formatBibtex(report)],
      ["ris", formatRis(report)],
    ] as const) {
      const { result: items, warnings } = parseBack(text);
      expect(warnings).toEqual([]);
      const berg = items.find(
        (item) => item.title === "Remarks to dock workers at Pier 4" && JSON.stringify(item.author).includes("Berg"),
      )!;
      expect(berg.author).toEqual([{ family: "Berg", given: "Ana" }]);
      expect(berg.issued).toEqual({ "date-parts": [expect.arrayContaining([2026])] });
      const council = items.find((item) => JSON.stringify(item.author ?? "").includes("Harbour Council"))!;
      // RIS cannot mark an author as an organisation: its reader splits the name at the comma.
      // BibTeX's reader gives the braced name back whole as `family`, CSL-JSON as `literal`.
      if (format !== "ris")
        expect((council.author as object[]).map(Object.values)).toEqual([["Harbour Council, Fjord District"]]);
      expect(items.find((item) => item.title === "Report by Fjord Courier")).toBeDefined();
    }
    expect(formatBibtex(report)).toContain("author = {{Harbour Council, Fjord District}}");
    expect(formatRis(report)).toMatch(/^A1 {2}- Harbour Council, Fjord District\r$/m);
  });
});
