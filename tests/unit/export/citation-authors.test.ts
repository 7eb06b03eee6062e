import { describe, expect, it } from "vitest";
import { buildCslItems } from "@/lib/export/csl-items";
import { formatBibtex } from "@/lib/export/format-bibtex";
import { formatCslJson } from "@/lib/export/format-csl-json";
import { formatHtml } from "@/lib/export/format-html";
import { formatMarkdown } from "@/lib/export/format-markdown";
import { formatRis } from "@/lib/export/format-ris";
import type { SourcingReport } from "@/lib/export/sourcing-report";
import { attachSource, buildSeedReport } from "@/tests/support/report-fixture";

const EVIDENCE = "https://dailyplanet.example.com/2025/mayor-budget";
const ARCHIVE = "https://web.archive.org/web/2025/https://dailyplanet.example.com/2025/mayor-budget";

/** Mayor Tom Lee (person) → The Daily Planet (outlet), "said to", with evidence and archive addresses; Planet → this article. */
function buildMayorReport(capturedAt?: string): SourcingReport {
  const report = buildSeedReport();
  attachSource(
    report,
    3,
    { id: "s-mayor", name: "Mayor Tom Lee", type: "PERSON", url: null, notes: null, standing: "ACTIVE" },
    [],
  );
  attachSource(
    report,
    3,
    { id: "s-planet", name: "The Daily Planet", type: "OUTLET", url: null, notes: null, standing: "ACTIVE" },
    [
      {
        from: "s-mayor",
        to: "s-planet",
        relation: "SAID_TO",
        evidenceUrl: EVIDENCE,
        evidenceArchiveUrl: ARCHIVE,
        ...(capturedAt ? { evidenceCapturedAt: capturedAt } : {}),
      },
      { from: "s-planet", to: null, relation: "REPORTED_BY" },
    ],
  );
  return report;
}

/** The bibliography entry of the Planet's report, from a readable export's text. */
const planetEntry = (text: string) =>
  text.split("\n").find((line) => line.includes("Report by The Daily Planet")) ?? "";

describe("who a cited work is by", () => {
  it("cites an outlet's report as the outlet's, never by the person who spoke to it, in CSL-JSON", () => {
    const items = JSON.parse(formatCslJson(buildMayorReport())) as Array<Record<string, unknown>>;
    const planet = items.find((item) => item.title === "Report by The Daily Planet")!;
    expect(planet.author).toEqual([{ literal: "The Daily Planet" }]);
    expect(planet.URL).toBe(EVIDENCE);
    expect(planet.archive_location).toBe(ARCHIVE);
    expect(planet).not.toHaveProperty("accessed");
    expect(JSON.stringify(items)).not.toContain("Tom Lee");
  });

  it("names the outlet, not the speaker, in RIS and BibTeX", () => {
    const report = buildMayorReport();
    const ris = formatRis(report);
    expect(ris).toMatch(/^T1 {2}- Report by The Daily Planet\r$/m);
    expect(ris).toMatch(/^A1 {2}- The Daily Planet\r$/m);
    expect(ris).not.toContain("Tom Lee");
    const bibtex = formatBibtex(report);
    expect(bibtex).toContain("author = {{The Daily Planet}}");
    expect(bibtex).not.toContain("Tom Lee");
  });

  it("says Retrieved only with a recorded capture date, in the Markdown and HTML bibliographies", () => {
    const undated = planetEntry(formatMarkdown(buildMayorReport()));
    expect(undated).toContain("The Daily Planet. (n.d.). Report by The Daily Planet.");
    expect(undated).toContain(`(${ARCHIVE}). ${EVIDENCE}`);
    expect(undated).not.toMatch(/Retrieved|Tom Lee/);
    const html = formatHtml(buildMayorReport()).split('<section class="bibliography">')[1]!;
    expect(html).toContain("Report by The Daily Planet");
    expect(html).not.toMatch(/Retrieved|Tom Lee/);
    const captured = planetEntry(formatMarkdown(buildMayorReport("2025-06-02T09:00:00Z")));
    expect(captured).toContain(`Retrieved June 2, 2025, from ${EVIDENCE}`);
    expect(captured).not.toContain("Tom Lee");
  });

  it("keeps a speaker as the author only of a statement they spoke into first-hand", () => {
    const report = buildSeedReport();
    attachSource(
      report,
      3,
      { id: "s-lee", name: "Mayor Tom Lee", type: "PERSON", url: null, notes: null, standing: "ACTIVE" },
      [],
    );
    attachSource(
      report,
      3,
      {
        id: "s-own",
        name: "Mayor's budget statement",
        type: "OFFICIAL_STATEMENT",
        url: null,
        notes: null,
        standing: "ACTIVE",
      },
      [
        { from: "s-lee", to: "s-own", relation: "SAID_TO" },
        { from: "s-own", to: null, relation: "QUOTED_BY" },
      ],
    );
    attachSource(
      report,
      4,
      { id: "s-minutes", name: "Council minutes", type: "DOCUMENT", url: null, notes: null, standing: "ACTIVE" },
      [
        { from: "s-lee", to: "s-minutes", relation: "SAID_TO" },
        { from: "s-minutes", to: null, relation: "BASED_ON" },
      ],
    );
    attachSource(
      report,
      5,
      {
        id: "s-heard",
        name: "Statement read at the council",
        type: "OFFICIAL_STATEMENT",
        url: null,
        notes: null,
        standing: "ACTIVE",
      },
      [
        { from: "s-lee", to: "s-heard", relation: "SAID_TO", firstHand: false },
        { from: "s-heard", to: null, relation: "QUOTED_BY" },
      ],
    );
    const byTitle = new Map(buildCslItems(report).map((item) => [item.title, item]));
    expect(byTitle.get("Mayor's budget statement")?.author).toEqual([{ literal: "Mayor Tom Lee" }]);
    // Minutes record what was said at a meeting; who wrote them is not recorded.
    expect(byTitle.get("Council minutes")).not.toHaveProperty("author");
    // Second-hand: the statement carries the mayor's words, not recorded as issued by the mayor.
    expect(byTitle.get("Statement read at the council")).not.toHaveProperty("author");
  });
});
