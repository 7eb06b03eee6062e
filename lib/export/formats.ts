// The export formats: ids, MIME types and file extensions, and one dispatcher for the text
// formats. PDF is printed from the HTML export by chromium elsewhere, so it has no formatter here.
import { z } from "zod";
import { AppError } from "../errors";
import { formatBibtex } from "./format-bibtex";
import { formatClaimReview } from "./format-claim-review";
import { formatCslJson } from "./format-csl-json";
import { formatCsv } from "./format-csv";
import { formatHtml } from "./format-html";
import { formatMarkdown } from "./format-markdown";
import { formatProvJsonLd, formatProvTurtle } from "./format-prov";
import { formatRis } from "./format-ris";
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
type TextExportFormat = Exclude<ExportFormat, "pdf">;

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

const FORMATTERS: Record<TextExportFormat, (report: SourcingReport) => string> = {
  csl: formatCslJson,
  bibtex: formatBibtex,
  ris: formatRis,
  csv: formatCsv,
  claimreview: formatClaimReview,
  "prov-ttl": formatProvTurtle,
  "prov-jsonld": formatProvJsonLd,
  md: formatMarkdown,
  html: formatHtml,
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

export function formatReport(report: SourcingReport, format: string): string {
  const id = parseExportFormat(format);
  if (id === "pdf") {
    throw new AppError(
      "INVALID",
      'PDF is printed from the HTML report: request format "html" and print it, or use the PDF export endpoint.',
    );
  }
  const parsed = SourcingReport.safeParse(report);
  if (!parsed.success) {
    throw new AppError(
      "INVALID",
      "The report to export is malformed; this is a bug in the code that assembled it.",
      parsed.error.issues,
    );
  }
  if (parsed.data.claims.length === 0) {
    throw new AppError(
      "INVALID",
      // Readers see only published claims, and publishing an article publishes none of its
      // claims: an empty export of a published article usually means its claims await review.
      `Nothing to export: "${parsed.data.scope.label}" has no claims you can read. Select at least one claim, annotate the article, or publish its claims from Review (publishing the article publishes none of its claims).`,
    );
  }
  return FORMATTERS[id](parsed.data);
}
