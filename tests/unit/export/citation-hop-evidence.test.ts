// Issue 11, "each hop's evidence becomes an item": a hop whose evidence address was recorded is
// cited even when it is not through a work, an interview or a first-hand remark to people (a
// second-hand step between people, a confirmation, a speaker into this article). The item says
// only which step it is evidence of, with the dates and addresses its hops recorded.
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

type Parsed = Record<string, unknown> & { id?: string; type?: string; title?: string; URL?: string };
const cslOf = (report: SourcingReport) => JSON.parse(formatCslJson(report)) as Parsed[];

const source = (id: string, name: string, type: ReportSource["type"], extra: Partial<ReportSource> = {}) =>
  ({ id, name, type, url: null, notes: null, standing: "ACTIVE", ...extra }) as ReportSource;
const berg = source("s-berg", "Ana Berg", "PERSON");
const dahl = source("s-dahl", "Lars Dahl", "PERSON");
const council = source("s-council", "Harbour Council, Fjord District", "ORGANIZATION", { standing: "CORRECTED" });
const POST = "https://social.example/ana?post=1|2&lang=nb";
const ARCHIVE = "https://web.archive.org/web/20260304100000/https://social.example/ana";

/**
 * Claims 10 and 11 of the seed, their chains replaced. Claim 10: Ana Berg → Lars Dahl
 * (second-hand, a post recorded with its date, archive copy and capture), Lars Dahl → this
 * article (no address). Claim 11: the same post, Lars Dahl quoted by this article (a video of his
 * briefing), and his words confirmed by the Harbour Council (its statement's address), which the
 * article reports.
 */
function evidenceReport(): SourcingReport {
  const report = buildSeedReport();
  for (const index of [9, 10]) {
    const claim = report.claims[index]!;
    claim.graph.hops = [];
    claim.hops = [];
    claim.graph.sources = [];
  }
  const post = {
    evidenceUrl: POST,
    evidenceArchiveUrl: ARCHIVE,
    evidenceCapturedAt: "2026-03-04T10:00:00.000Z",
    occurredAt: "2026-03-02",
  };
  report.claims[9]!.graph.speakerId = "s-berg";
  attachSource(report, 9, berg, []);
  attachSource(report, 9, dahl, [
    { from: "s-berg", to: "s-dahl", relation: "SAID_TO", firstHand: false, ...post },
    { from: "s-dahl", to: null, relation: "PARAPHRASED_BY" },
  ]);
  report.claims[10]!.graph.speakerId = "s-berg";
  attachSource(report, 10, berg, []);
  attachSource(report, 10, dahl, [
    { from: "s-berg", to: "s-dahl", relation: "SAID_TO", firstHand: false, ...post },
    { from: "s-dahl", to: null, relation: "QUOTED_BY", evidenceUrl: "https://video.example/briefing" },
  ]);
  attachSource(report, 10, council, [
    { from: "s-dahl", to: "s-council", relation: "CONFIRMED_BY", evidenceUrl: "https://council.example/statement" },
    { from: "s-council", to: null, relation: "REPORTED_BY", firstHand: false },
  ]);
  return report;
}

describe("the evidence of every hop that recorded it", () => {
  const report = evidenceReport();
  const title = report.articles[0]!.title;

  it("cites each step's recorded evidence once, with only the dates and addresses its hops recorded", () => {
    const items = cslOf(report).filter((item) => String(item.id).startsWith("evidence-"));
    expect(items).toEqual([
      {
        id: "evidence-s-berg-s-dahl",
        "citation-key": "EvidenceAnaBerg2026",
        type: "document",
        title: "Evidence: Ana Berg said to Lars Dahl",
        issued: { "date-parts": [[2026, 3, 2]] },
        URL: POST,
        accessed: { "date-parts": [[2026, 3, 4]] },
        archive_location: ARCHIVE,
        note: "Relied on by claims 10 and 11.",
      },
      {
        id: "evidence-s-dahl-article",
        "citation-key": "EvidenceLarsDahl",
        type: "document",
        title: `Evidence: Lars Dahl quoted by the article “${title}”`,
        URL: "https://video.example/briefing",
        note: "Relied on by claim 11.",
      },
      {
        id: "evidence-s-dahl-s-council",
        "citation-key": "EvidenceLarsDahlb",
        type: "document",
        title: "Evidence: Lars Dahl confirmed by Harbour Council, Fjord District",
        URL: "https://council.example/statement",
        note: "Corrected. Relied on by claim 11.",
      },
    ]);
    // No author: who made the post, the statement or the video was not recorded.
    expect(items.every((item) => item.author === undefined)).toBe(true);
  });

  it("is read back by citation-js from CSL-JSON, BibTeX and RIS, and listed in the readable bibliography", () => {
    for (const [format, text] of [
      ["csl", formatCslJson(report)],
      ["bibtex", formatBibtex(report)],
      ["ris", formatRis(report)],
    ] as const) {
      const { result: items, warnings } = collectCitationWarnings(() => new Cite(text).data as Parsed[]);
      expect(warnings, format).toEqual([]);
      const post = items.find((item) => item.title === "Evidence: Ana Berg said to Lars Dahl");
      expect(post, format).toBeDefined();
      expect(decodeURI(post!.URL!), format).toBe(POST);
      expect(
        items.find((item) => item.title === "Evidence: Lars Dahl confirmed by Harbour Council, Fjord District"),
      ).toBeDefined();
    }
    const markdown = formatMarkdown(report);
    expect(markdown).toContain("Evidence: Ana Berg said to Lars Dahl");
    expect(markdown).toContain("https://video.example/briefing");
  });

  it("adds no item for a hop that recorded no address, nor for evidence a work already cites", () => {
    const seed = cslOf(buildSeedReport());
    expect(seed.filter((item) => String(item.id).startsWith("evidence-"))).toEqual([]);
  });
});
