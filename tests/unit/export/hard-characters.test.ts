// A report full of hard characters, exported in every machine-readable format and read back by
// readers that share no code with our writers: citation-js (CSL-JSON, BibTeX, RIS), Python's csv
// module, n3 (Turtle) and jsonld (JSON-LD). Every name, title, quote and address comes back whole.
import { Cite } from "@citation-js/core";
import jsonld from "jsonld";
import { Parser } from "n3";
import { describe, expect, it } from "vitest";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { loadSchemaOrgContext } from "@/lib/export/contexts/schema-org-context";
import { formatBibtex } from "@/lib/export/format-bibtex";
import { formatClaimReview } from "@/lib/export/format-claim-review";
import { formatCslJson } from "@/lib/export/format-csl-json";
import { formatCsv } from "@/lib/export/format-csv";
import { formatProvJsonLd, formatProvTurtle } from "@/lib/export/format-prov";
import { formatRis } from "@/lib/export/format-ris";
import { buildHardCharactersReport, HARD } from "@/tests/support/hard-characters-report";
import { readCsvWithPython } from "@/tests/support/python-csv";
import { collectCitationWarnings } from "./citation-warnings";

const documentLoader = loadSchemaOrgContext as unknown as NonNullable<jsonld.Options.Expand["documentLoader"]>;
type Item = { title?: string; "container-title"?: string; publisher?: string; URL?: string; author?: unknown };
/** The statement every format gives the troops claim: the quote's line break read as a space. */
const STATEMENT = `${HARD.speaker}: ${HARD.quote.replace(/\s+/g, " ")}`;

describe("a report full of hard characters", () => {
  const report = buildHardCharactersReport();

  it("CSL-JSON, BibTeX and RIS read back in citation-js with every title, name and address whole", () => {
    for (const [format, text] of [
      ["csl", formatCslJson(report)],
      ["bibtex", formatBibtex(report)],
      ["ris", formatRis(report)],
    ] as const) {
      const { result: items, warnings } = collectCitationWarnings(() => new Cite(text).data as Item[]);
      expect(warnings, format).toEqual([]);
      expect(items[0]!.title, format).toBe(HARD.title);
      expect(items[0]!.publisher, format).toBe(HARD.publisher);
      // citation-js's BibTeX reader percent-encodes `|` and `^`; the address is the same.
      expect(decodeURI(items[0]!.URL!), format).toBe(HARD.articleUrl);
      const outlet = items.find(
        (item) => item.publisher === HARD.outlet && item.URL?.startsWith("https://example.org"),
      );
      expect(outlet?.title, format).toBe(`Report by ${HARD.outlet}`);
      expect(decodeURI(outlet!.URL!), format).toBe(HARD.evidenceUrl);
      const remark = items.find((item) => item.title === `Remarks to ${HARD.listeners}`);
      const teller = (remark?.author as Array<{ given?: string; family?: string }> | undefined)?.[0];
      expect(`${teller?.given} ${teller?.family}`, format).toBe(HARD.speaker);
    }
    expect(formatBibtex(report)).toContain(`url = {${HARD.evidenceUrl}}`);
    expect(formatRis(report)).toContain(`UR  - ${HARD.evidenceUrl}\r\n`);
  });

  it("CSV reads back in Python's csv with the quote's line break and every special character", () => {
    const rows = readCsvWithPython(formatCsv(report));
    expect(rows).toHaveLength(report.claims.length);
    const troops = rows.find((row) => row.claim_id === report.claims[3]!.id)!;
    expect(troops.quote).toBe(HARD.quote);
    expect(troops.statement).toBe(STATEMENT);
    expect(troops.speaker).toBe(HARD.speaker);
    expect(troops.sources_in_chain!.split("; ")).toContain(HARD.outlet);
  });

  it("PROV Turtle parses in n3 and says the same as PROV JSON-LD read by jsonld", async () => {
    const quads = new Parser().parse(formatProvTurtle(report));
    const values = quads.map((quad) => quad.object.value);
    expect(values).toEqual(expect.arrayContaining([HARD.outlet, HARD.speaker, STATEMENT, HARD.title]));
    // Turtle forbids `|` and `^` in an IRI: web addresses are percent-encoded there.
    expect(values).toContain("https://example.org/report?id=1&x=a%7Cb%5Ec");
    const nquads = (await jsonld.toRDF(JSON.parse(formatProvJsonLd(report)), {
      format: "application/n-quads",
    })) as unknown as string;
    const fromJsonLd = new Parser({ format: "N-Quads" }).parse(nquads);
    expect(fromJsonLd.length).toBe(quads.length);
    expect(fromJsonLd.map((quad) => quad.object.value)).toEqual(expect.arrayContaining([HARD.outlet, STATEMENT]));
  });

  it("ClaimReview/Claim JSON-LD expands in jsonld with the statement whole", async () => {
    const expanded = await jsonld.expand(JSON.parse(formatClaimReview(report)), { documentLoader });
    const texts = JSON.stringify(expanded);
    expect(texts).toContain(JSON.stringify(STATEMENT).slice(1, -1));
    expect(texts).toContain(JSON.stringify(HARD.speaker).slice(1, -1));
  });
});
