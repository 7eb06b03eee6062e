import { Cite } from "@citation-js/core";
import { describe, expect, it } from "vitest";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { createCite } from "@/lib/export/citation";
import { buildCslItems } from "@/lib/export/csl-items";
import { formatBibtex } from "@/lib/export/format-bibtex";
import { formatCslJson } from "@/lib/export/format-csl-json";
import { formatRis } from "@/lib/export/format-ris";
import type { SourcingReport } from "@/lib/export/sourcing-report";
import { attachSource, buildSeedReport } from "@/tests/support/report-fixture";
import { collectCitationWarnings } from "./citation-warnings";

type Parsed = {
  type: string;
  title?: string;
  "container-title"?: string;
  publisher?: string;
  URL?: string;
  author?: Array<Record<string, string>>;
  issued?: { "date-parts": number[][] };
};

function parseBack(text: string): { items: Parsed[]; warnings: string[] } {
  const { result, warnings } = collectCitationWarnings(() => new Cite(text).data as Parsed[]);
  return { items: result, warnings };
}

const byContainer = (items: Parsed[], name: string) => items.find((item) => item["container-title"] === name);
const nameOf = (author: Record<string, string>) =>
  author.literal ?? [author["non-dropping-particle"], author.family].filter(Boolean).join(" ");

/** The seed plus one source of each other citable type, so every CSL type mapping is exercised. */
function buildVariedReport(): SourcingReport {
  const report = buildSeedReport();
  attachSource(
    report,
    2,
    {
      id: "s-statement",
      name: "Communiqué de l'Élysée sur l'entretien du vendredi",
      type: "OFFICIAL_STATEMENT",
      url: "https://www.elysee.fr/communique",
      notes: null,
      standing: "ACTIVE",
    },
    [
      { from: "s-elysee", to: "s-statement", relation: "SAID_TO", occurredAt: "2025-03-16T10:00:00Z" },
      { from: "s-statement", to: null, relation: "PARAPHRASED_BY" },
    ],
  );
  attachSource(
    report,
    9,
    {
      id: "s-speech",
      name: "Opening remarks at the leaders' call",
      type: "RECORDING",
      url: "https://www.gov.uk/remarks",
      notes: null,
      standing: "ACTIVE",
    },
    [
      { from: "s-starmer", to: "s-speech", relation: "SAID_TO" },
      { from: "s-speech", to: null, relation: "QUOTED_BY" },
    ],
  );
  attachSource(
    report,
    11,
    {
      id: "s-data",
      name: "Leaders' call attendance list",
      type: "DATASET",
      url: "https://data.example.org/attendance.csv",
      notes: null,
      standing: "ACTIVE",
    },
    [{ from: "s-data", to: null, relation: "BASED_ON" }],
  );
  attachSource(
    report,
    12,
    {
      id: "s-org",
      name: "R&D {Unit} 50% $ #1 _x — Ça",
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
      name: "Note on the coalition’s ‘key points’",
      type: "DOCUMENT",
      url: "https://example.org/note",
      notes: null,
      standing: "ACTIVE",
    },
    [
      { from: "s-org", to: "s-doc", relation: "REPORTED_BY" },
      { from: "s-doc", to: null, relation: "BASED_ON" },
    ],
  );
  return report;
}

describe("CSL-JSON export", () => {
  it("cites the two outlets' reports as newspaper articles citation-js reads back without warnings", () => {
    const { items, warnings } = parseBack(formatCslJson(buildSeedReport()));
    expect(warnings).toEqual([]);
    // The article, the two outlets' reports and Macron's remarks to the regional journalists.
    expect(items).toHaveLength(4);
    const depeche = byContainer(items, "La Dépêche du Midi")!;
    expect(depeche.type).toBe("article-newspaper");
    expect(depeche.publisher).toBe("La Dépêche du Midi");
    expect(depeche.author?.map(nameOf)).toEqual(["La Dépêche du Midi"]);
    expect(depeche.issued?.["date-parts"][0]).toEqual([2025, 3, 15]);
    expect(depeche.URL).toMatch(/^https:\/\/www\.ladepeche\.fr\//);
    expect(byContainer(items, "Le Parisien")?.type).toBe("article-newspaper");
  });

  it("cites the article itself, dated only by its recorded publication, with the claims it holds (issue 11, example 5)", () => {
    const [article, ...works] = JSON.parse(formatCslJson(buildSeedReport())) as Array<Record<string, unknown>>;
    expect(article).toEqual({
      id: "a1000000-0000-4000-8000-000000000001",
      "citation-key": "EuropeDesk2025",
      type: "article-newspaper",
      title: "Macron on a coalition-of-the-willing support force for Ukraine (seed article)",
      "container-title": "Europe Desk",
      publisher: "Europe Desk",
      issued: { "date-parts": [[2025, 3, 16]] },
      URL: "https://claimtrail.example.org/p/macron-coalition-support-force",
      note: "The article traced: claims 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14 and 15.",
    });
    // No item carries a date the newsroom did not record (no access date from the export's time).
    for (const item of [article, ...works]) expect(item).not.toHaveProperty("accessed");
    const ris = formatRis(buildSeedReport());
    expect(ris).toMatch(/^T1 {2}- Macron on a coalition-of-the-willing support force for Ukraine \(seed article\)\r$/m);
    expect(parseBack(formatBibtex(buildSeedReport())).items.map((item) => item.title)).toContain(
      "Macron on a coalition-of-the-willing support force for Ukraine (seed article)",
    );
  });

  it("types statements, recordings, documents and datasets, with the people who made them as authors", () => {
    const items = buildCslItems(buildVariedReport());
    const byTitle = new Map(items.map((item) => [item.title, item]));
    expect(byTitle.get("Communiqué de l'Élysée sur l'entretien du vendredi")).toMatchObject({
      type: "document",
      author: [{ literal: "Macron's office (Élysée)" }],
    });
    // Nothing records that a recording is an interview (no relation or evidence kind says so).
    expect(byTitle.get("Opening remarks at the leaders' call")).toMatchObject({
      type: "document",
      author: [{ family: "Starmer", given: "Keir" }],
    });
    expect(byTitle.get("Leaders' call attendance list")?.type).toBe("dataset");
    // Reporting into a document does not make one its author or publisher.
    const note = byTitle.get("Note on the coalition’s ‘key points’");
    expect(note?.type).toBe("document");
    expect(note).not.toHaveProperty("author");
    expect(note).not.toHaveProperty("publisher");
    // No invented dates: the export's own date is never an access date (issue 11, example 5).
    expect(items.every((item) => !("accessed" in item))).toBe(true);
    expect(JSON.stringify(items)).not.toContain("[2025,3,17]");
    expect(
      items.every((item) =>
        /^(?:No record of it is known\. )?(?:(?:Retracted|Corrected)\. )?Relied on by claims? \d/.test(item.note ?? ""),
      ),
    ).toBe(true);
    expect(collectCitationWarnings(() => createCite(items).format("bibliography")).warnings).toEqual([]);
  });
});

describe("BibTeX export", () => {
  it("escapes accents and specials so that citation-js reads back the exact names", () => {
    const bibtex = formatBibtex(buildVariedReport());
    expect(bibtex).toContain("La D{\\'e}p{\\^e}che du Midi");
    const { items, warnings } = parseBack(bibtex);
    expect(warnings).toEqual([]);
    expect(items).toHaveLength(8);
    expect(byContainer(items, "La Dépêche du Midi")?.publisher).toBe("La Dépêche du Midi");
    expect(items.find((item) => item.title === "Report by La Dépêche du Midi")?.type).toBe("article-journal");
    expect(items.find((item) => item.title === "Note on the coalition’s ‘key points’")?.author).toBeUndefined();
    const statement = items.find((item) => item.title?.startsWith("Communiqué"))!;
    expect(statement.author?.map(nameOf)).toEqual(["Macron's office (Élysée)"]);
  });

  it("keeps a role word out of given names, and types an outlet's report with no URL as no web page", () => {
    const report = buildSeedReport();
    attachSource(
      report,
      4,
      { id: "s-smith", name: "Councillor Smith", type: "PERSON", url: null, notes: null, standing: "ACTIVE" },
      [],
    );
    attachSource(
      report,
      4,
      { id: "s-gazette", name: "Harbour Gazette", type: "OUTLET", url: null, notes: null, standing: "ACTIVE" },
      [
        { from: "s-smith", to: "s-gazette", relation: "SAID_TO" },
        { from: "s-gazette", to: null, relation: "REPORTED_BY" },
      ],
    );
    attachSource(
      report,
      4,
      {
        id: "s-smith-statement",
        name: "Smith statement",
        type: "OFFICIAL_STATEMENT",
        url: null,
        notes: null,
        standing: "ACTIVE",
      },
      [
        { from: "s-smith", to: "s-smith-statement", relation: "SAID_TO" },
        { from: "s-smith-statement", to: null, relation: "QUOTED_BY" },
      ],
    );
    const items = buildCslItems(report);
    const gazette = items.find((item) => item["container-title"] === "Harbour Gazette")!;
    expect(gazette.type).toBe("article-newspaper");
    expect(gazette).not.toHaveProperty("URL");
    // Telling the Gazette does not make Smith the author of its report.
    expect(gazette.author).toEqual([{ literal: "Harbour Gazette" }]);
    expect(items.find((item) => item.title === "Smith statement")?.author).toEqual([{ literal: "Councillor Smith" }]);
    const bibtex = formatBibtex(report);
    expect(bibtex).not.toMatch(/given|Councillor, |accessed|Online/);
    const parsed = parseBack(bibtex).items.find((item) => item.title === "Smith statement")!;
    expect(parsed.author?.map(nameOf)).toEqual(["Councillor Smith"]);
    expect(parsed.author?.[0]).not.toHaveProperty("given");
  });

  it("keeps names citation-js has no LaTeX for instead of dropping them", () => {
    const report = buildSeedReport();
    attachSource(
      report,
      0,
      { id: "s-ru", name: "Известия", type: "OUTLET", url: "https://iz.ru", notes: null, standing: "ACTIVE" },
      [{ from: "s-ru", to: null, relation: "REPORTED_BY", evidenceUrl: "https://iz.ru/1" }],
    );
    const { items } = parseBack(formatBibtex(report));
    expect(byContainer(items, "Известия")?.title).toBe("Report by Известия");
  });
});

describe("RIS export", () => {
  it("keeps newspaper authors and dates (old spec) and reads back without warnings", () => {
    const ris = formatRis(buildVariedReport());
    expect(ris).toContain("TY  - NEWS");
    expect(ris).not.toMatch(/^PY {2}- /m);
    const { items, warnings } = parseBack(ris);
    expect(warnings).toEqual([]);
    const depeche = byContainer(items, "La Dépêche du Midi")!;
    expect(depeche.type).toBe("article-newspaper");
    expect(depeche.author?.map(nameOf)).toEqual(["La Dépêche du Midi"]);
    expect(depeche.issued?.["date-parts"][0]).toEqual([2025, 3, 15]);
    expect(depeche.URL).toBe(
      "https://www.ladepeche.fr/2025/03/15/guerre-en-ukraine-emmanuel-macron-detaille-la-force-de-soutien.html",
    );
    expect(items.find((item) => item.title === "Leaders' call attendance list")?.type).toBe("dataset");
  });

  it("works around citation-js's default RIS spec, which drops a newspaper article's authors", () => {
    const items = buildCslItems(buildSeedReport());
    const defaultSpec = String(createCite(items).format("ris"));
    expect(defaultSpec).not.toMatch(/^(AU|A1) {2}- La Dépêche/m);
    expect(formatRis(buildSeedReport())).toMatch(/^A1 {2}- La Dépêche du Midi\r$/m);
  });
});
