// A hop recorded as an interview is cited as a CSL `interview`: the interviewee (the teller) is
// its author, a person who interviewed is its interviewer, an outlet that interviewed is its
// container; dates only from what was recorded. citation-js reads every format back.
import { Cite } from "@citation-js/core";
import { describe, expect, it } from "vitest";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { formatBibtex } from "@/lib/export/format-bibtex";
import { formatCslJson } from "@/lib/export/format-csl-json";
import { formatMarkdown } from "@/lib/export/format-markdown";
import { formatRis } from "@/lib/export/format-ris";
import type { SourcingReport } from "@/lib/export/sourcing-report";
import { attachSource, buildSeedReport } from "@/tests/support/report-fixture";
import { collectCitationWarnings } from "./citation-warnings";

type Parsed = Record<string, unknown> & { type?: string; title?: string };
const parseBack = (text: string) => collectCitationWarnings(() => new Cite(text).data as Parsed[]);
const INTERVIEW = "https://gazette.example.org/2026/03/okafor-interview?part=1|2";
const okafor = {
  id: "s-okafor",
  name: "Paul Okafor",
  type: "PERSON",
  url: null,
  notes: null,
  standing: "ACTIVE",
} as const;
const gazette = {
  id: "s-gazette",
  name: "Harbour Gazette",
  type: "OUTLET",
  url: "https://gazette.example.org/",
  notes: null,
  standing: "ACTIVE",
} as const;
const reporter = {
  id: "s-ann",
  name: "Ann Jones",
  type: "PERSON",
  url: null,
  notes: null,
  standing: "ACTIVE",
} as const;

/** Claim 4 of the seed: Paul Okafor interviewed by the Harbour Gazette (recorded), the Gazette's report → this article. */
function outletInterview(extra: { occurredAt?: string; evidenceCapturedAt?: string } = {}): SourcingReport {
  const report = buildSeedReport();
  attachSource(report, 3, okafor, []);
  attachSource(report, 3, gazette, [
    { from: "s-okafor", to: "s-gazette", relation: "INTERVIEWED_BY", evidenceUrl: INTERVIEW, ...extra },
    { from: "s-gazette", to: null, relation: "PARAPHRASED_BY", firstHand: false, evidenceUrl: INTERVIEW },
  ]);
  return report;
}

/** Claim 5: Paul Okafor interviewed by Ann Jones (a person), second-hand, at `evidenceUrl` if given; Ann Jones → this article. */
function reporterInterview(evidenceUrl?: string): SourcingReport {
  const report = buildSeedReport();
  attachSource(report, 4, okafor, []);
  attachSource(report, 4, reporter, [
    {
      from: "s-okafor",
      to: "s-ann",
      relation: "INTERVIEWED_BY",
      firstHand: false,
      ...(evidenceUrl ? { evidenceUrl } : {}),
    },
    { from: "s-ann", to: null, relation: "QUOTED_BY" },
  ]);
  return report;
}

const interviews = (report: SourcingReport) =>
  (JSON.parse(formatCslJson(report)) as Parsed[]).filter((item) => item.type === "interview");

describe("interviews cited as interviews", () => {
  it("cites an outlet's interview: the interviewee as author, the outlet as container, no interviewer, no invented date", () => {
    const items = JSON.parse(formatCslJson(outletInterview())) as Parsed[];
    const found = items.filter((item) => item.type === "interview");
    expect(found).toEqual([
      {
        id: "interview-s-okafor-s-gazette",
        "citation-key": "PaulOkafor",
        type: "interview",
        title: "Interview with Paul Okafor",
        author: [{ family: "Okafor", given: "Paul" }],
        "container-title": "Harbour Gazette",
        publisher: "Harbour Gazette",
        URL: INTERVIEW,
        note: "Relied on by claim 4.",
      },
    ]);
    // The Gazette's report at the same address is the interview: not cited a second time, nor at its home page.
    expect(items.filter((item) => item["container-title"] === "Harbour Gazette")).toHaveLength(1);
    expect(JSON.stringify(items)).not.toContain('"https://gazette.example.org/"');
  });

  it("dates an interview only from the recorded hop date, and accessed only from a recorded capture", () => {
    const [dated] = interviews(
      outletInterview({ occurredAt: "2026-03-04", evidenceCapturedAt: "2026-03-05T08:00:00Z" }),
    );
    expect(dated!.issued).toEqual({ "date-parts": [[2026, 3, 4]] });
    expect(dated!.accessed).toEqual({ "date-parts": [[2026, 3, 5]] });
    expect(dated!["citation-key"]).toBe("PaulOkafor2026");
  });

  it("names a person who interviewed as the interviewer, and no outlet", () => {
    expect(interviews(reporterInterview())).toEqual([
      {
        id: "interview-s-okafor-s-ann",
        "citation-key": "PaulOkafor",
        type: "interview",
        title: "Interview with Paul Okafor",
        author: [{ family: "Okafor", given: "Paul" }],
        interviewer: [{ family: "Jones", given: "Ann" }],
        note: "Relied on by claim 5.",
      },
    ]);
  });

  it("keeps an organisation interviewed whole, and flags a retracted interviewee", () => {
    const report = buildSeedReport();
    const port = {
      id: "s-port",
      name: "Port Authority, Harbour Board",
      type: "ORGANIZATION",
      url: null,
      notes: null,
      standing: "RETRACTED",
    } as const;
    attachSource(report, 2, port, []);
    attachSource(report, 2, gazette, [
      { from: "s-port", to: "s-gazette", relation: "INTERVIEWED_BY", evidenceUrl: INTERVIEW },
      { from: "s-gazette", to: null, relation: "PARAPHRASED_BY", evidenceUrl: INTERVIEW },
    ]);
    const [item] = interviews(report);
    expect(item!.author).toEqual([{ literal: "Port Authority, Harbour Board" }]);
    expect(item!.note).toBe("Retracted. Relied on by claim 3.");
    expect(formatBibtex(report)).toContain("author = {{Port Authority, Harbour Board}}");
    expect(formatRis(report)).toMatch(/^A1 {2}- Port Authority, Harbour Board\r$/m);
  });

  it("is read back by citation-js from CSL-JSON, BibTeX and RIS with its author, title and address", () => {
    const report = outletInterview({ occurredAt: "2026-03-04" });
    const { result: csl, warnings } = parseBack(formatCslJson(report));
    expect(warnings).toEqual([]);
    const fromCsl = csl.find((item) => item.type === "interview")!;
    expect(fromCsl.author).toEqual([{ family: "Okafor", given: "Paul" }]);
    for (const text of [formatBibtex(report), formatRis(report)]) {
      const { result: items, warnings: readWarnings } = parseBack(text);
      expect(readWarnings).toEqual([]);
      const back = items.find((item) => item.title === "Interview with Paul Okafor")!;
      expect(back.author).toEqual([{ family: "Okafor", given: "Paul" }]);
      expect(back.issued).toEqual({ "date-parts": [expect.arrayContaining([2026])] });
    }
    const reporterItems = parseBack(formatCslJson(reporterInterview())).result;
    expect(reporterItems.find((item) => item.type === "interview")!.interviewer).toEqual([
      { family: "Jones", given: "Ann" },
    ]);
  });

  it("reads as an interview, with its interviewer, in the readable bibliography where it can be found", () => {
    const entry = formatMarkdown(reporterInterview(INTERVIEW))
      .split("\n")
      .find((line) => line.includes("Interview with Paul Okafor"));
    expect(entry).toBe(
      `- Okafor, P. (n.d.). Interview with Paul Okafor (A. Jones, Interviewer). ${INTERVIEW.replace("|", "\\|")}`,
    );
    // APA leaves an interview nobody can find (no address, no outlet) out of a reference list, as
    // a personal communication; the chain still shows it.
    const unpublished = formatMarkdown(reporterInterview());
    expect(unpublished).not.toContain("Interview with Paul Okafor");
    expect(unpublished).toContain("Paul Okafor → Ann Jones (interviewed by, second-hand, 80%)");
  });
});
