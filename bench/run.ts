// `npm run bench`: performance figures as ratios measured within one run, never absolute times
// compared across machines. BENCH_SIZES=small,large overrides the workspace sizes;
// BENCH_HTTP_SECONDS the length of each HTTP load (10 s); BENCH_ONLY=http runs only that table,
// BENCH_ONLY=exports runs only the export tables; BENCH_ONLY=import only the bulk import
// (BENCH_IMPORT_ARTICLES articles, 300 by default); BENCH_ONLY=reads only the read paths;
// BENCH_ONLY=annotate only the annotate table; BENCH_READ_RUNS the measured rounds of each read (9).
// BENCH_ENGINES=pglite or =postgres runs one engine.
import { fileURLToPath } from "node:url";
import { benchAnnotate } from "./annotate";
import { benchEngines } from "./bench-engines";
import { benchBoundedWork } from "./bounded-work";
import { benchBulkImport } from "./bulk-import";
import { benchArticleExportTime, benchFormatMemory } from "./export-formats";
import { benchExportMemory, openExportBench } from "./export-memory";
import { benchHttp } from "./http-load";
import { benchReadPaths, median } from "./read-paths";

const root = fileURLToPath(new URL("..", import.meta.url));
const [small, large] = (process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number) as [number, number];

const only = process.env.BENCH_ONLY;

if (only === undefined || only === "annotate") {
  console.log(
    "Annotating one claim with 3 hops and its audit records: tRPC caller vs the raw transaction of the same rows (medians of 21 alternating runs):",
  );
  for (const row of await benchAnnotate(benchEngines(root))) {
    console.log(
      `  ${row.engine.padEnd(8)} caller ${row.callerMs.toFixed(1).padStart(6)} ms  raw ${row.rawMs.toFixed(1).padStart(6)} ms  ×${(row.callerMs / row.rawMs).toFixed(2)}`,
    );
  }
  console.log();
}
// The read paths at the end run unless another table was asked for alone.
if (only === "annotate") process.exit(0);

// BENCH_ONLY=exports, =import, =reads or =annotate skips the HTTP table (it builds and starts the app).
if (only === undefined || only === "http") {
  const seconds = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
  console.log(`HTTP on loopback, ${seconds} s per row (the demo article of 15 claims):`);
  const http = await benchHttp(root, seconds);
  for (const row of http) {
    const file = http.find(
      (other) =>
        other.engine === row.engine && other.connections === row.connections && other.target.startsWith("static"),
    )!;
    console.log(
      `  ${row.engine.padEnd(8)} ${String(row.connections).padStart(2)} connections  ${row.target.padEnd(34)} ${row.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${String(row.p50Ms).padStart(5)} ms  p99 ${String(row.p99Ms).padStart(5)} ms  errors ${row.errors}  static file / this ×${(file.requestsPerSecond / row.requestsPerSecond).toFixed(2)}`,
    );
  }
}
if (only === "http") process.exit(0);

if (only === undefined || only === "import") {
  const count = Number(process.env.BENCH_IMPORT_ARTICLES ?? 300);
  console.log(
    `\nBulk import of ${count} articles of 10 claims (3 hops each) vs raw multi-row INSERTs of the same rows (claims/s, median of 3 interleaved rounds):`,
  );
  const imports = await benchBulkImport(benchEngines(root), count);
  for (const row of imports) {
    const raw = imports.find((other) => other.engine === row.engine && other.way.startsWith("raw"))!;
    console.log(
      `  ${row.engine.padEnd(8)} ${row.way.padEnd(34)} ${row.claimsPerSecond.toFixed(0).padStart(7)} claims/s  ${(100 * (row.claimsPerSecond / raw.claimsPerSecond)).toFixed(0).padStart(4)}% of raw`,
    );
  }
}
if (only === "import") process.exit(0);

if (only === undefined || only === "exports") await benchExports();
if (only === "exports") process.exit(0);

if (only === undefined) {
  console.log(
    "\nBounded work per request (worst input / ordinary input of the same size; linear or capped stays small):",
  );
  for (const row of benchBoundedWork()) console.log(`  ${row.label}: ×${row.ratio.toFixed(2)} (${row.note})`);
}

async function benchExports(): Promise<void> {
  const exportBench = await openExportBench(root, [small, large]);
  console.log(`\nWorkspace CSV export, ${small} vs ${large} claims (live heap held by the export, after full GC):`);
  const rows = await benchExportMemory(exportBench.db, [small, large]);
  for (const row of rows) {
    console.log(
      `  ${String(row.claims).padStart(7)} claims: streamed ${row.streamedMB.toFixed(2)} MB, whole report (baseline) ${row.wholeReportMB.toFixed(1)} MB`,
    );
  }
  const [a, b] = rows as [(typeof rows)[0], (typeof rows)[0]];
  const FLAT_MB = 1;
  // Flat only when both sizes are: a streamed 0.00 MB at the small size says nothing of the large one.
  const streamedGrowth =
    Math.max(a.streamedMB, b.streamedMB) <= FLAT_MB
      ? `flat (under ${FLAT_MB} MB at both sizes)`
      : `${a.streamedMB.toFixed(2)} MB → ${b.streamedMB.toFixed(2)} MB`;
  console.log(
    `  growth ×${(b.claims / a.claims).toFixed(0)} claims → streamed memory ${streamedGrowth}, baseline ×${(b.wholeReportMB / a.wholeReportMB).toFixed(2)}`,
  );
  console.log(
    `  streamed / baseline at ${b.claims} claims: ${(Math.max(b.streamedMB, 0) / b.wholeReportMB).toFixed(3)}`,
  );

  const timing = await benchArticleExportTime(exportBench.db, small);
  console.log(
    `\nExport of an article of ${Math.min(small, 1000)} claims (medians of 7 interleaved runs): CSL-JSON ${timing.cslMs.toFixed(0)} ms, CSV ${timing.csvMs.toFixed(0)} ms: CSL-JSON / CSV ×${(timing.cslMs / timing.csvMs).toFixed(2)}`,
  );

  console.log(
    `\nWorkspace export in every format: peak live heap streamed at ${small} and ${large} claims, and the ${large}-claim report built whole with its text (after full GC):`,
  );
  for (const row of await benchFormatMemory(exportBench.db, [small, large])) {
    console.log(
      `  ${row.format.padEnd(12)} streamed ${row.streamedSmallMB.toFixed(2).padStart(7)} MB → ${row.streamedLargeMB.toFixed(2).padStart(7)} MB (×${(row.streamedLargeMB / row.streamedSmallMB).toFixed(2)}), built whole ${row.wholeMB.toFixed(1).padStart(8)} MB: streamed / whole ${(row.streamedLargeMB / row.wholeMB).toFixed(3)}`,
    );
  }
  await exportBench.close();
}

console.log(
  `\nRead paths of one newsroom's pages in a database of ${small} vs ${large} claims (medians, alternating runs; flat = ×1.0 ± 0.2):`,
);
const reads = await benchReadPaths(benchEngines(root), [small, large]);
for (const row of reads) {
  const sql = reads.find((other) => other.engine === row.engine && other.read === "article sourcing (one SQL query)")!;
  const versusSql =
    row.read.startsWith("article sourcing (tRPC") || row.read.startsWith("article sourcing (Prisma")
      ? `; vs one SQL query ${roundRatios(row.smallRuns, sql.smallRuns)} at ${small}, ${roundRatios(row.largeRuns, sql.largeRuns)} at ${large}`
      : "";
  console.log(
    `  ${row.engine.padEnd(8)} ${row.read.padEnd(34)} ${row.smallMs.toFixed(1).padStart(8)} ms → ${row.largeMs.toFixed(1).padStart(8)} ms  ×${(row.largeMs / row.smallMs).toFixed(2)}${versusSql}`,
  );
}

/** The ratio of two reads taken round by round (the same round runs both): median, and lowest–highest. */
function roundRatios(runs: number[], against: number[]): string {
  const ratios = runs.map((ms, i) => ms / against[i]!).sort((a, b) => a - b);
  return `×${median(ratios).toFixed(2)} (×${ratios[0]!.toFixed(2)}–${ratios.at(-1)!.toFixed(2)})`;
}
