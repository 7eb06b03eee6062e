// One entry for every export: the HTTP route, tRPC and the CLI all come through here. A whole
// workspace streams in every format but PDF: CSV claim by claim, the others article by article.
import { Readable } from "node:stream";
import { AppError } from "@/lib/errors";
import type { ExportRequest } from "@/lib/export/export-request";
import { streamCsv } from "@/lib/export/format-csv";
import { EXPORT_FORMATS, formatReport, nameExportFile, streamReport } from "@/lib/export/formats";
import type { PublicLinks } from "@/lib/export/report-from-sourcing";
import type { Db } from "@/server/database/open-database";
import type { Reader } from "../articles/find-article";
import { buildReport } from "./build-report";
import { refuseOversizedExport } from "./export-limits";
import { printPdf } from "./print-pdf";
import { streamWorkspaceClaims } from "./stream-workspace-claims";
import { streamWorkspaceReport } from "./stream-workspace-report";

export type RenderedExport = {
  filename: string;
  mimeType: string;
  body: string | Uint8Array | Readable;
};

export type RenderOptions = PublicLinks & {
  onProgress?: (done: number, total: number) => void;
  /** Who asks (a user id, else a client address): one PDF print at a time each (print-pdf.ts). */
  client?: string | null;
  /** The operator's CLI: only the PDF limit applies (export-limits.ts). */
  uncapped?: boolean;
};

export async function renderExport(
  db: Db,
  request: ExportRequest,
  reader: Reader,
  options: RenderOptions,
): Promise<RenderedExport> {
  const { scope, format } = request;
  const mimeType = EXPORT_FORMATS[format].mimeType;

  if (scope.kind === "workspace" && format !== "csv" && format !== "pdf") {
    const { head, parts } = await streamWorkspaceReport(db, scope.workspace, reader, options, options.onProgress);
    return {
      filename: nameExportFile(scope.workspace, format),
      mimeType,
      body: Readable.from(toBytes(streamReport(format, head, parts)), { objectMode: false }),
    };
  }

  if (format === "csv" && scope.kind === "workspace") {
    const stream = await streamWorkspaceClaims(db, scope.workspace, reader, options, options.onProgress);
    if (stream.total === 0)
      throw new AppError(
        "NOT_FOUND",
        `no workspace ${scope.workspace} with claims you can read; check the address, or sign in`,
      );
    return {
      filename: nameExportFile(scope.workspace, format),
      mimeType,
      body: streamCsv(stream.claims, { bom: request.bom, articles: stream.articles }),
    };
  }

  await refuseOversizedExport(db, request, reader, options);
  const report = await buildReport(db, scope, reader, options);
  options.onProgress?.(report.claims.length, report.claims.length);
  const slug =
    scope.kind === "article"
      ? (report.articles[0]?.slug ?? "article")
      : scope.kind === "workspace"
        ? scope.workspace
        : "selection";
  const filename = nameExportFile(slug, format);
  if (format === "pdf") {
    const html = formatReport(report, "html");
    return { filename, mimeType, body: await printPdf(html, options.client ?? null) };
  }
  if (format === "csv" && request.bom) {
    return { filename, mimeType, body: `\uFEFF${formatReport(report, "csv")}` };
  }
  return { filename, mimeType, body: formatReport(report, format) };
}

async function* toBytes(pieces: AsyncIterable<string>): AsyncGenerator<Buffer> {
  for await (const piece of pieces) if (piece) yield Buffer.from(piece, "utf8");
}
