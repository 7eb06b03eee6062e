// The export formats: ids, MIME types and file extensions, and one dispatcher for the text
// formats. PDF is printed from the HTML export by chromium elsewhere, so it has no formatter here.
import { z } from "zod";
import { AppError } from "../errors";
import { BIBTEX_SECTIONS } from "./format-bibtex";
import { CLAIM_REVIEW_SECTIONS } from "./format-claim-review";
import { CSL_JSON_SECTIONS } from "./format-csl-json";
import { formatCsv } from "./format-csv";
import { HTML_SECTIONS } from "./format-html";
import { MARKDOWN_SECTIONS } from "./format-markdown";
import { PROV_JSON_LD_SECTIONS, PROV_TURTLE_SECTIONS } from "./format-prov";
import { RIS_SECTIONS } from "./format-ris";
import { formatInSections, type ReportHead, type SectionedFormat, streamSections } from "./report-sections";
import { SourcingReport } from "./sourcing-report";

export const ExportFormat = z.enum([
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
export type ExportFormat = z.infer<typeof ExportFormat>;
/** Formats written article by article (report-sections.ts); CSV streams claim by claim on its own. */
export type SectionedExportFormat = Exclude<ExportFormat, "pdf" | "csv">;

export type ExportFormatInfo = { label: string; mimeType: string; extension: string };

export const EXPORT_FORMATS: Record<ExportFormat, ExportFormatInfo> = {
  csl: { label: "CSL-JSON", mimeType: "application/vnd.citationstyles.csl+json", extension: "csl.json" },
  bibtex: { label: "BibTeX", mimeType: "application/x-bibtex; charset=utf-8", extension: "bib" },
  ris: { label: "RIS", mimeType: "application/x-research-info-systems; charset=utf-8", extension: "ris" },
  csv: { label: "CSV (one row per claim)", mimeType: "text/csv; charset=utf-8", extension: "csv" },
  claimreview: {
    label: "schema.org ClaimReview (JSON-LD)",
    mimeType: "application/ld+json",
    extension: "claimreview.jsonld",
  },
  "prov-ttl": { label: "W3C PROV-O (Turtle)", mimeType: "text/turtle; charset=utf-8", extension: "prov.ttl" },
  "prov-jsonld": { label: "W3C PROV-O (JSON-LD)", mimeType: "application/ld+json", extension: "prov.jsonld" },
  md: { label: "Markdown report", mimeType: "text/markdown; charset=utf-8", extension: "md" },
  html: { label: "HTML report", mimeType: "text/html; charset=utf-8", extension: "html" },
  pdf: { label: "PDF report", mimeType: "application/pdf", extension: "pdf" },
};

const SECTIONED_FORMATS: Record<SectionedExportFormat, SectionedFormat> = {
  csl: CSL_JSON_SECTIONS,
  bibtex: BIBTEX_SECTIONS,
  ris: RIS_SECTIONS,
  claimreview: CLAIM_REVIEW_SECTIONS,
  "prov-ttl": PROV_TURTLE_SECTIONS,
  "prov-jsonld": PROV_JSON_LD_SECTIONS,
  md: MARKDOWN_SECTIONS,
  html: HTML_SECTIONS,
};

function parseExportFormat(format: string): ExportFormat {
  const parsed = ExportFormat.safeParse(format);
  if (!parsed.success) {
    throw new AppError(
      "INVALID",
      `Unknown export format "${format}"; choose one of: ${ExportFormat.options.join(", ")}.`,
    );
  }
  return parsed.data;
}

/** A download name such as "macron-coalition.prov.ttl", from a slug and the format. */
export function nameExportFile(slug: string, format: ExportFormat): string {
  const base =
    slug
      .normalize("NFKD")
      .replace(/[^\w-]+/g, "-")
      .replace(/^-+|-+$/g, "") || "claimtrail-report";
  return `${base}.${EXPORT_FORMATS[format].extension}`;
}

function parseReport(report: SourcingReport): SourcingReport {
  const parsed = SourcingReport.safeParse(report);
  if (!parsed.success) {
    throw new AppError(
      "INVALID",
      "The report to export is malformed; this is a bug in the code that assembled it.",
      parsed.error.issues,
    );
  }
  return parsed.data;
}

export function formatReport(report: SourcingReport, format: string): string {
  const id = parseExportFormat(format);
  if (id === "pdf") {
    throw new AppError(
      "INVALID",
      'PDF is printed from the HTML report: request format "html" and print it, or use the PDF export endpoint.',
    );
  }
  const parsed = parseReport(report);
  if (parsed.claims.length === 0) {
    throw new AppError(
      "INVALID",
      // Readers see only published claims, and publishing an article publishes none of its
      // claims: an empty export of a published article usually means its claims await review.
      `Nothing to export: "${parsed.scope.label}" has no claims you can read. Select at least one claim, annotate the article, or publish its claims from Review (publishing the article publishes none of its claims).`,
    );
  }
  return id === "csv" ? formatCsv(parsed) : formatInSections(SECTIONED_FORMATS[id], parsed);
}

/** A report read article by article (each part one article's), written as each part arrives. */
export async function* streamReport(
  format: SectionedExportFormat,
  head: ReportHead,
  parts: AsyncIterable<SourcingReport>,
): AsyncGenerator<string> {
  async function* checked() {
    for await (const part of parts) yield parseReport(part);
  }
  yield* streamSections(SECTIONED_FORMATS[format], head, checked());
}
