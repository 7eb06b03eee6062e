import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { EXPORT_FORMATS, ExportFormat, formatReport, nameExportFile } from "@/lib/export/formats";
import { buildSeedReport } from "@/tests/support/report-fixture";

function catchError(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("export formats", () => {
  it("describes every format with a MIME type and extension", () => {
    expect(ExportFormat.options).toEqual([
      "csl",
      "bibtex",
      "ris",
      "csv",
      "claimreview",
      "prov-ttl",
      "prov-jsonld",
      "md",
      "html",
      "pdf",
    ]);
    for (const format of ExportFormat.options) {
      expect(EXPORT_FORMATS[format].mimeType).toMatch(/^[a-z]+\/[\w.+-]+/);
      expect(EXPORT_FORMATS[format].extension).toMatch(/^[a-z.]+$/);
    }
    expect(nameExportFile("macron-coalition", "prov-ttl")).toBe("macron-coalition.prov.ttl");
    expect(nameExportFile("Dépêche / été", "bibtex")).toBe("De-pe-che-e-te.bib");
  });

  it("formats the seed report in every text format", () => {
    const report = buildSeedReport();
    for (const format of ExportFormat.options.filter((id) => id !== "pdf")) {
      expect(formatReport(report, format).length, format).toBeGreaterThan(100);
    }
  });

  it("counts one claim and its sources in the words of one (never “1 claims”)", () => {
    const seed = buildSeedReport();
    const claim = seed.claims.find((candidate) => candidate.graph.sources.length > 1)!;
    const one = { ...seed, claims: [claim] };
    const sources = `${claim.graph.sources.length} sources`;
    expect(formatReport(one, "md")).toContain(` · 1 claim · ${sources}\n`);
    expect(formatReport(one, "html")).toContain(` · 1 claim · ${sources}</p>`);
    const single = {
      ...seed,
      claims: [{ ...claim, graph: { ...claim.graph, sources: claim.graph.sources.slice(0, 1) } }],
    };
    expect(formatReport(single, "md")).toContain(" · 1 claim · 1 source\n");
  });

  it("refuses unknown formats, pdf, malformed reports and empty selections with clear messages", () => {
    const report = buildSeedReport();
    expect(catchError(() => formatReport(report, "docx"))).toMatchObject({
      code: "INVALID",
      message: expect.stringContaining('Unknown export format "docx"'),
    });
    expect(catchError(() => formatReport(report, "pdf")).message).toContain('request format "html"');
    expect(catchError(() => formatReport({ ...report, claims: [] }, "csv"))).toMatchObject({
      code: "INVALID",
      message:
        'Nothing to export: "Macron on a coalition-of-the-willing support force" has no claims you can read. Select at least one claim, annotate the article, or publish its claims from Review (publishing the article publishes none of its claims).',
    });
    expect(catchError(() => formatReport({ ...report, generatedAt: "yesterday" }, "md")).code).toBe("INVALID");
  });
});
