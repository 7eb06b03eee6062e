// Benchmark 4 (issue 14): an article of 1,000 claims exported as CSL-JSON against CSV (time,
// interleaved runs), and the live heap a workspace export holds in every format, streamed (the
// peak while it is written, at both sizes) against the same report built whole with its text.
import { pipeline } from "node:stream/promises";
import { ExportRequest } from "@/lib/export/export-request";
import { type ExportFormat, formatReport } from "@/lib/export/formats";
import type { Db } from "@/server/database/open-database";
import { buildReport } from "@/server/services/export/build-report";
import { renderExport } from "@/server/services/export/render-export";
import { benchWorkspace, discard, liveHeap } from "./export-memory";

const links = { baseUrl: "http://localhost:3000" };
const MB = 2 ** 20;
const STREAMED_FORMATS = [
  "csv",
  "csl",
  "bibtex",
  "ris",
  "claimreview",
  "prov-ttl",
  "prov-jsonld",
  "md",
  "html",
] as const satisfies readonly ExportFormat[];

type Scope = { kind: "article"; article: string } | { kind: "workspace"; workspace: string };

/**
 * One export written to nowhere; `sample` runs after each article (CSV: each 500 claims) and, for
 * the formats written in sections, while each written chunk is held (a CSV chunk is one row).
 */
async function exportOnce(db: Db, scope: Scope, format: ExportFormat, sample?: () => void): Promise<void> {
  const rendered = await renderExport(db, ExportRequest.parse({ scope, format }), null, {
    ...links,
    uncapped: true,
    onProgress: sample && (() => sample()),
  });
  const body = rendered.body;
  if (typeof body === "string" || body instanceof Uint8Array) {
    sample?.();
    return;
  }
  await pipeline(body, discard(format === "csv" ? undefined : sample));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Medians of interleaved runs (2 unmeasured, then 7 measured each) of the CSL-JSON and CSV exports
 * of the first article of the workspace of `workspaceClaims` claims (1,000 claims, or all if fewer).
 */
export async function benchArticleExportTime(db: Db, workspaceClaims: number) {
  const scope: Scope = { kind: "article", article: `${benchWorkspace(workspaceClaims)}-0` };
  const runs: Record<"csl" | "csv", number[]> = { csl: [], csv: [] };
  for (let run = 0; run < 9; run++) {
    for (const format of ["csl", "csv"] as const) {
      const started = performance.now();
      await exportOnce(db, scope, format);
      if (run >= 2) runs[format].push(performance.now() - started);
    }
  }
  return { cslMs: median(runs.csl), csvMs: median(runs.csv) };
}

/** Peak live heap above the heap before it, while a streamed export of the workspace is written. */
async function measureStreamed(db: Db, claims: number, format: ExportFormat): Promise<number> {
  const before = liveHeap();
  let peak = before;
  await exportOnce(db, { kind: "workspace", workspace: benchWorkspace(claims) }, format, () => {
    peak = Math.max(peak, liveHeap());
  });
  return (peak - before) / MB;
}

type FormatMemoryRow = {
  format: ExportFormat;
  streamedSmallMB: number;
  streamedLargeMB: number;
  wholeMB: number;
};

/** Every format's streamed peak at both sizes, and what the large workspace's report built whole holds with each text. */
export async function benchFormatMemory(db: Db, [small, large]: [number, number]): Promise<FormatMemoryRow[]> {
  const streamed = new Map<ExportFormat, [number, number]>();
  // Unmeasured first, at both sizes: the caches of the queries a streamed export runs (Prisma's,
  // PGlite's) fill once, and are not what the export holds.
  for (const claims of [small, large])
    await exportOnce(db, { kind: "workspace", workspace: benchWorkspace(claims) }, "csl");
  for (const format of STREAMED_FORMATS) {
    process.stderr.write(`  (streaming ${format}…)\n`);
    // An article first, unmeasured: the libraries a format loads (citation-js, n3…) are not the export's memory.
    await exportOnce(db, { kind: "article", article: `${benchWorkspace(small)}-0` }, format);
    streamed.set(format, [await measureStreamed(db, small, format), await measureStreamed(db, large, format)]);
  }
  const before = liveHeap();
  const report = await buildReport(db, { kind: "workspace", workspace: benchWorkspace(large) }, null, links);
  const rows: FormatMemoryRow[] = [];
  for (const format of STREAMED_FORMATS) {
    const text = formatReport(report, format);
    const held = liveHeap();
    if (text.length === 0 || report.claims.length !== large) throw new Error("the whole report is incomplete");
    const [streamedSmallMB, streamedLargeMB] = streamed.get(format)!;
    rows.push({ format, streamedSmallMB, streamedLargeMB, wholeMB: (held - before) / MB });
  }
  return rows;
}
