import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, formatCsv, streamCsv } from "@/lib/export/format-csv";
import type { ReportClaim } from "@/lib/export/sourcing-report";
import { readCsvWithPython } from "@/tests/support/python-csv";
import { buildSeedReport } from "@/tests/support/report-fixture";

type Row = Record<(typeof CSV_COLUMNS)[number], string>;
const readRows = (csv: string): Row[] => parse(csv, { columns: true, bom: true, skip_empty_lines: true });

describe("CSV export", () => {
  it("has one row per claim whose values survive a CSV parser", () => {
    const report = buildSeedReport();
    const rows = readRows(formatCsv(report));
    expect(rows).toHaveLength(15);
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    const troops = rows.find((row) => row.quote.startsWith("participating nations"))!;
    expect(troops.quote).toBe(report.claims[3]!.quote);
    expect(troops).toMatchObject({
      speaker: "Emmanuel Macron",
      directness: "indirect",
      hops_to_origin: "3",
      independent_paths: "1",
      primary_record: "not_available",
      status: "CORROBORATED",
      rating_rule: "indirect-uncorroborated",
    });
    expect(troops.sources_in_chain.split("; ")).toEqual([
      "Emmanuel Macron",
      "journalists from regional French newspapers",
      "La Dépêche du Midi",
      "Le Parisien",
    ]);
    expect(troops.chain).toContain("La Dépêche du Midi → this article | ");
    const sovereign = rows.find((row) => row.quote.startsWith("“Ukraine is sovereign"))!;
    expect(sovereign.quote).toBe(
      "“Ukraine is sovereign. If it asks for Allied forces to be on its territory, it’s not up to Russia to accept or not,”",
    );
    expect(rows.filter((row) => row.directness === "unattributed").map((row) => row.hops_to_origin)).toEqual([
      "",
      "",
      "",
    ]);
  });

  it("quotes a quote with a bare line break, so Python's csv reads one record per claim (RFC 4180)", () => {
    const report = buildSeedReport();
    // What a CMS correction that adds a <br> leaves in a claim's words.
    report.claims[0]!.quote = 'the Franco-British plan\ndoes not seek\rto deploy "large" numbers, of soldiers';
    const csv = formatCsv(report);
    const rows = readCsvWithPython(csv);
    expect(rows).toHaveLength(report.claims.length);
    expect(rows[0]!.quote).toBe(report.claims[0]!.quote);
    expect(rows[0]!.claim_id).toBe(report.claims[0]!.id);
    expect(readRows(csv)).toHaveLength(report.claims.length);
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    const report = buildSeedReport();
    report.claims[0]!.quote = "=cmd|' /C calc'!A0";
    report.claims[1]!.quote = "+1 more troops";
    report.claims[2]!.speakerName = "@SUM(A1:A9)";
    report.claims[3]!.cue = "-2+3";
    const rows = readRows(formatCsv(report));
    expect(rows[0]!.quote).toBe("'=cmd|' /C calc'!A0");
    expect(rows[1]!.quote).toBe("'+1 more troops");
    expect(rows[2]!.speaker).toBe("'@SUM(A1:A9)");
    expect(rows[3]!.cue).toBe("'-2+3");
    for (const cell of rows.flatMap((row) => Object.values(row))) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("starts with a byte order mark only when asked, for Excel", () => {
    expect(formatCsv(buildSeedReport()).charCodeAt(0)).not.toBe(0xfeff);
    const csv = formatCsv(buildSeedReport(), { bom: true });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(readRows(csv)[0]!.claim_id).toBe(buildSeedReport().claims[0]!.id);
  });

  it("streams 100k claims, pulling them only as the reader consumes", async () => {
    const template = buildSeedReport();
    const total = 100_000;
    let produced = 0;
    async function* claims(): AsyncGenerator<ReportClaim> {
      for (let i = 0; i < total; i++) {
        produced++;
        const claim = template.claims[i % template.claims.length]!;
        yield { ...claim, id: `claim-${i}` };
      }
    }
    const stream = streamCsv(claims(), { articles: template.articles, bom: true });
    let lines = 0;
    let first = true;
    let producedAtFirstChunk = 0;
    let tail = "";
    for await (const chunk of stream) {
      const text = tail + String(chunk);
      if (first) {
        producedAtFirstChunk = produced;
        expect(text.charCodeAt(0)).toBe(0xfeff);
        first = false;
      }
      const parts = text.split("\r\n");
      tail = parts.pop()!;
      lines += parts.length;
    }
    expect(lines).toBe(total + 1);
    expect(producedAtFirstChunk).toBeLessThan(total / 10);
  });
});
