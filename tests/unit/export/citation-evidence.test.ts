// The works cited are the hops' evidence, with what was recorded about it: the archive address as
// an item field, an access date only from a recorded capture, RIS ids whole and notes as notes,
// organisations kept whole; every format is read back by citation-js.
import { Cite } from "@citation-js/core";
import { describe, expect, it } from "vitest";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { formatBibtex } from "@/lib/export/format-bibtex";
import { formatCslJson } from "@/lib/export/format-csl-json";
import { formatRis } from "@/lib/export/format-ris";
import type { SourcingReport } from "@/lib/export/sourcing-report";
import { attachSource, buildSeedReport } from "@/tests/support/report-fixture";
import { collectCitationWarnings } from "./citation-warnings";

type Parsed = Record<string, unknown> & { id?: string; URL?: string; "container-title"?: string };
const parseBack = (text: string) => collectCitationWarnings(() => new Cite(text).data as Parsed[]);
const ARTICLE_ID = "a1000000-0000-4000-8000-000000000001";
const DEPECHE_ARCHIVE = /^https:\/\/web\.archive\.org\/web\/20250316000000\/https:\/\/www\.ladepeche\.fr\//;

/** The seed with La Dépêche's report captured on 16 March 2025 at 07:45 UTC, as an editor recorded it. */
function capturedReport(): SourcingReport {
  const report = buildSeedReport();
  for (const claim of report.claims)
    for (const hop of claim.hops)
      if (hop.fromName === "La Dépêche du Midi" && hop.evidenceUrl) hop.evidenceCapturedAt = "2025-03-16T07:45:00.000Z";
  return report;
}

describe("citations of the evidence relied on", () => {
  it("gives the archive address as archive_location and an access date only from a recorded capture", () => {
    const items = JSON.parse(formatCslJson(capturedReport())) as Parsed[];
    const depeche = items.find((item) => item["container-title"] === "La Dépêche du Midi")!;
    expect(depeche.accessed).toEqual({ "date-parts": [[2025, 3, 16]] });
    expect(depeche.archive_location).toMatch(DEPECHE_ARCHIVE);
    // Le Parisien's report has an archive address but no recorded capture: no access date.
    const parisien = items.find((item) => item["container-title"] === "Le Parisien")!;
    expect(parisien.archive_location).toMatch(/^https:\/\/web\.archive\.org\//);
    expect(parisien).not.toHaveProperty("accessed");
    expect(JSON.parse(formatCslJson(buildSeedReport())).some((item: Parsed) => "accessed" in item)).toBe(false);

    const ris = parseBack(formatRis(capturedReport()));
    expect(ris.warnings).toEqual([]);
    const risDepeche = ris.result.find((item) => item["container-title"] === "La Dépêche du Midi")!;
    expect(risDepeche.archive_location).toMatch(DEPECHE_ARCHIVE);
    // BibTeX (citation-js writes classic BibTeX) has no field for either: docs/EXPORTS.md says so.
    const bibtex = parseBack(formatBibtex(capturedReport()));
    expect(bibtex.warnings).toEqual([]);
    expect(bibtex.result.some((item) => "accessed" in item || "archive_location" in item)).toBe(false);
  });

  it("cites evidence known only by its archive address at that address", () => {
    const report = buildSeedReport();
    const claim = attachSource(
      report,
      3,
      { id: "s-gazette", name: "Harbour Gazette", type: "OUTLET", url: null, notes: null, standing: "ACTIVE" },
      [{ from: "s-gazette", to: null, relation: "REPORTED_BY" }],
    );
    claim.hops.at(-1)!.evidenceArchiveUrl = "https://archive.ph/AbCd1";
    const gazette = (JSON.parse(formatCslJson(report)) as Parsed[]).find(
      (item) => item["container-title"] === "Harbour Gazette",
    )!;
    expect(gazette.URL).toBe("https://archive.ph/AbCd1");
    expect(gazette).not.toHaveProperty("archive_location");
  });

  it("writes RIS ids whole (not cut to 20 characters) and the note as N1, not as an abstract", () => {
    const text = formatRis(buildSeedReport());
    expect(text).toMatch(new RegExp(`^ID {2}- ${ARTICLE_ID}\\r$`, "m"));
    expect(text).not.toMatch(/^AB {2}- /m);
    expect(text).toMatch(/^N1 {2}- The article traced: claims 1, 2, 3/m);
    const { result, warnings } = parseBack(text);
    expect(warnings).toEqual([]);
    expect(result[0]).toMatchObject({ id: ARTICLE_ID, note: expect.stringMatching(/^The article traced/) });
  });

  it("keeps an organisation's name whole as one RIS author line", () => {
    // Each organisation issued the statement itself ("said to", first-hand): it is the author.
    const report = buildSeedReport();
    attachSource(
      report,
      12,
      {
        id: "s-org",
        name: "Ministry of Defence, Joint Staff",
        type: "ORGANIZATION",
        url: null,
        notes: null,
        standing: "ACTIVE",
      },
      [],
    );
    attachSource(
      report,
      12,
      {
        id: "s-doc",
        name: "Deployment note",
        type: "OFFICIAL_STATEMENT",
        url: "https://example.org/n",
        notes: null,
        standing: "ACTIVE",
      },
      [
        { from: "s-org", to: "s-doc", relation: "SAID_TO" },
        { from: "s-doc", to: null, relation: "BASED_ON" },
      ],
    );
    attachSource(
      report,
      13,
      {
        id: "s-agency",
        name: "Agence France-Presse",
        type: "ORGANIZATION",
        url: null,
        notes: null,
        standing: "ACTIVE",
      },
      [],
    );
    attachSource(
      report,
      13,
      {
        id: "s-wire",
        name: "Wire dispatch",
        type: "OFFICIAL_STATEMENT",
        url: "https://example.org/w",
        notes: null,
        standing: "ACTIVE",
      },
      [
        { from: "s-agency", to: "s-wire", relation: "SAID_TO" },
        { from: "s-wire", to: null, relation: "BASED_ON" },
      ],
    );
    const text = formatRis(report);
    expect(text).toMatch(/^A1 {2}- Ministry of Defence, Joint Staff\r$/m);
    expect(text).toMatch(/^A1 {2}- Agence France-Presse\r$/m);
    const items = parseBack(text).result;
    expect(items.find((item) => item.title === "Wire dispatch")!.author).toEqual([{ literal: "Agence France-Presse" }]);
    // RIS reads "A, B" as "family, given" and has no way to mark an organisation: a reader splits
    // this one (docs/EXPORTS.md says so; CSL-JSON and BibTeX keep it whole).
    expect(items.find((item) => item.title === "Deployment note")!.author).toEqual([
      { family: "Ministry of Defence", given: "Joint Staff" },
    ]);
    const bibtex = parseBack(formatBibtex(report)).result.find((item) => item.title === "Deployment note")!;
    expect(bibtex.author).toEqual([{ family: "Ministry of Defence, Joint Staff" }]);
  });
});
