// `npm run bench`: performance figures as ratios measured within one run, never absolute times
// compared across machines. BENCH_SIZES=small,large overrides the workspace sizes.
import { fileURLToPath } from "node:url";
import { benchExportMemory } from "./export-memory";

const root = fileURLToPath(new URL("..", import.meta.url));
const [small, large] = (process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number) as [number, number];

console.log(`Workspace CSV export, ${small} vs ${large} claims (live heap held by the export, after full GC):`);
const rows = await benchExportMemory(root, [small, large]);
for (const row of rows) {
  console.log(`  ${String(row.claims).padStart(7)} claims: streamed ${row.streamedMB.toFixed(1)} MB, whole report (baseline) ${row.wholeReportMB.toFixed(1)} MB`);
}
const [a, b] = rows as [(typeof rows)[0], (typeof rows)[0]];
console.log(`  growth ×${(b.claims / a.claims).toFixed(0)} claims → streamed memory ×${(b.streamedMB / a.streamedMB).toFixed(2)}, baseline ×${(b.wholeReportMB / a.wholeReportMB).toFixed(2)}`);
console.log(`  streamed / baseline at ${b.claims} claims: ${(b.streamedMB / b.wholeReportMB).toFixed(3)}`);
