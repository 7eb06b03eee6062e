// Review finding: two interviews of one person by one reporter, recorded on other dates for two
// claims, were cited as one interview dated by the first hop. A cited item (an interview, an
// outlet's report, a document) carries a date only when every claim it names recorded that date.
import { describe, expect, it } from "vitest";
import { formatBibtex } from "@/lib/export/format-bibtex";
import { formatCslJson } from "@/lib/export/format-csl-json";
import { formatRis } from "@/lib/export/format-ris";
import type { SourcingReport } from "@/lib/export/sourcing-report";
import { attachSource, buildSeedReport } from "@/tests/support/report-fixture";

type Item = Record<string, unknown> & { type?: string; title?: string; note?: string };
const person = (id: string, name: string) =>
  ({ id, name, type: "PERSON", url: null, notes: null, standing: "ACTIVE" }) as const;
const ana = person("s-ana", "Ana Ruiz");
const jon = person("s-jon", "Jon Doe");
const courier = {
  id: "s-courier",
  name: "Valley Courier",
  type: "OUTLET",
  url: "https://courier.example.org/",
  notes: null,
  standing: "ACTIVE",
} as const;
const REPORT = "https://courier.example.org/2026/port-plan";

/** Claims 1 and 2 each chained Ana Ruiz → Jon Doe (interviewed by) → the article, on the dates given. */
function twoInterviews(first: string, second: string, evidenceUrl?: string): SourcingReport {
  const report = buildSeedReport();
  [first, second].forEach((occurredAt, claimIndex) => {
    attachSource(report, claimIndex, ana, []);
    attachSource(report, claimIndex, jon, [
      { from: "s-ana", to: "s-jon", relation: "INTERVIEWED_BY", occurredAt, ...(evidenceUrl ? { evidenceUrl } : {}) },
      { from: "s-jon", to: null, relation: "QUOTED_BY" },
    ]);
  });
  return report;
}

const itemsOf = (report: SourcingReport) => JSON.parse(formatCslJson(report)) as Item[];
const interviewsOf = (report: SourcingReport) =>
  itemsOf(report)
    .filter((item) => item.type === "interview")
    .map(({ issued, note }) => ({ issued, note }));

describe("a cited item carries no date one of its claims did not record", () => {
  it("cites two interviews on 2026-01-10 and 2026-06-15 as two items, each with its own claim", () => {
    expect(interviewsOf(twoInterviews("2026-01-10", "2026-06-15"))).toEqual([
      { issued: { "date-parts": [[2026, 1, 10]] }, note: "Relied on by claim 1." },
      { issued: { "date-parts": [[2026, 6, 15]] }, note: "Relied on by claim 2." },
    ]);
  });

  it("keeps them apart in BibTeX and RIS too", () => {
    const report = twoInterviews("2026-01-10", "2026-06-15");
    const bibtex = formatBibtex(report);
    expect(bibtex.match(/Interview with Ana Ruiz/g)).toHaveLength(2);
    expect(bibtex).toContain("note = {Relied on by claim 1.}");
    expect(bibtex).toContain("note = {Relied on by claim 2.}");
    expect(bibtex).not.toMatch(/claims 1 and 2/);
    const ris = formatRis(report);
    expect(ris.match(/Interview with Ana Ruiz/g)).toHaveLength(2);
    expect(ris).toMatch(/^Y1 {2}- 2026\/01\/10\/\r\nN1 {2}- Relied on by claim 1\.\r$/m);
    expect(ris).toMatch(/^Y1 {2}- 2026\/06\/15\/\r\nN1 {2}- Relied on by claim 2\.\r$/m);
  });

  it("keeps them apart at one address too, and merges hops that recorded the same date", () => {
    expect(interviewsOf(twoInterviews("2026-01-10", "2026-06-15", REPORT))).toHaveLength(2);
    expect(interviewsOf(twoInterviews("2026-01-10", "2026-01-10", REPORT))).toEqual([
      { issued: { "date-parts": [[2026, 1, 10]] }, note: "Relied on by claims 1 and 2." },
    ]);
  });

  it("gives a claim that recorded no date an undated interview item", () => {
    const report = twoInterviews("2026-01-10", "2026-06-15");
    report.claims[1]!.hops.find((hop) => hop.relation === "INTERVIEWED_BY")!.occurredAt = null;
    expect(interviewsOf(report)).toEqual([
      { note: "Relied on by claim 2." },
      { issued: { "date-parts": [[2026, 1, 10]] }, note: "Relied on by claim 1." },
    ]);
  });

  it("cites an outlet's report at one address on two recorded dates as two items, each with its claim", () => {
    const report = buildSeedReport();
    ["2026-01-10", "2026-06-15"].forEach((occurredAt, claimIndex) => {
      attachSource(report, claimIndex, courier, [
        { from: "s-courier", to: null, relation: "PARAPHRASED_BY", evidenceUrl: REPORT, occurredAt },
      ]);
    });
    const reports = itemsOf(report)
      .filter((item) => item.title === "Report by Valley Courier")
      .map(({ issued, note, URL }) => ({ issued, note, URL }));
    expect(reports).toEqual([
      { issued: { "date-parts": [[2026, 1, 10]] }, note: "Relied on by claim 1.", URL: REPORT },
      { issued: { "date-parts": [[2026, 6, 15]] }, note: "Relied on by claim 2.", URL: REPORT },
    ]);
  });

  it("never names a claim that recorded no report of the outlet on the dated item", () => {
    const report = buildSeedReport();
    attachSource(report, 0, courier, [
      { from: "s-courier", to: null, relation: "PARAPHRASED_BY", evidenceUrl: REPORT, occurredAt: "2026-01-10" },
    ]);
    attachSource(report, 1, courier, [{ from: "s-courier", to: null, relation: "PARAPHRASED_BY" }]);
    const courierItems = itemsOf(report)
      .filter((item) => item["container-title"] === "Valley Courier")
      .map(({ issued, note }) => ({ issued, note }));
    expect(courierItems).toEqual([
      { issued: undefined, note: "Relied on by claim 2." },
      { issued: { "date-parts": [[2026, 1, 10]] }, note: "Relied on by claim 1." },
    ]);
  });

  it("splits hops at one address whose recorded captures differ, and lets a hop without one join", () => {
    const report = buildSeedReport();
    const captures = ["2026-01-11T09:00:00Z", undefined, "2026-02-01T09:00:00Z"];
    captures.forEach((evidenceCapturedAt, claimIndex) => {
      attachSource(report, claimIndex, ana, []);
      attachSource(report, claimIndex, jon, [
        {
          from: "s-ana",
          to: "s-jon",
          relation: "INTERVIEWED_BY",
          occurredAt: "2026-01-10",
          evidenceUrl: REPORT,
          ...(evidenceCapturedAt ? { evidenceCapturedAt } : {}),
        },
        { from: "s-jon", to: null, relation: "QUOTED_BY" },
      ]);
    });
    const items = itemsOf(report)
      .filter((item) => item.type === "interview")
      .map(({ accessed, note }) => ({ accessed, note }));
    expect(items).toEqual([
      { accessed: { "date-parts": [[2026, 1, 11]] }, note: "Relied on by claims 1 and 2." },
      { accessed: { "date-parts": [[2026, 2, 1]] }, note: "Relied on by claim 3." },
    ]);
  });
});
