// Memory of a workspace-sized CSV export: the streamed export against building the whole report
// first (the baseline), at two sizes measured in one run. Flat memory means the streamed
// export's extra memory barely grows when the workspace grows tenfold.
import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { PGlite } from "@electric-sql/pglite";
import { ExportRequest } from "@/lib/export/export-request";
import { formatReport } from "@/lib/export/formats";
import { type Db, openDatabase } from "@/server/database/open-database";
import { buildReport } from "@/server/services/export/build-report";
import { renderExport } from "@/server/services/export/render-export";

const CLAIMS_PER_ARTICLE = 1000;
const links = { baseUrl: "http://localhost:3000" };

/** A workspace `slug` of `claims` claims in articles of 1,000 (slugs `<slug>-0`, `<slug>-1000`, …). */
async function benchSeed(db: Db, slug: string, claims: number): Promise<void> {
  const workspace = await db.workspace.create({ data: { slug, name: slug }, select: { id: true } });
  const sources = Array.from({ length: 4 }, (_, i) => ({
    id: randomUUID(),
    workspaceId: workspace.id,
    type: i === 0 ? ("PERSON" as const) : ("OUTLET" as const),
    name: `${slug} source ${i}`,
    normalizedName: `${slug} source ${i}`,
  }));
  await db.source.createMany({ data: sources });
  for (let offset = 0; offset < claims; offset += CLAIMS_PER_ARTICLE) {
    const count = Math.min(CLAIMS_PER_ARTICLE, claims - offset);
    const sentence = "A statement somebody made about something that happened. ";
    const article = await db.article.create({
      data: {
        workspaceId: workspace.id,
        slug: `${slug}-${offset}`,
        title: `Article ${offset}`,
        body: sentence.repeat(count),
        status: "PUBLISHED",
      },
      select: { id: true },
    });
    const claimRows = Array.from({ length: count }, (_, i) => ({
      id: randomUUID(),
      articleId: article.id,
      startOffset: i * sentence.length,
      endOffset: (i + 1) * sentence.length - 1,
      exact: sentence.trim(),
      kind: "PARAPHRASE" as const,
      speakerId: sources[0]!.id,
      // Readers (the export runs as one) see only published claims.
      reviewState: "PUBLISHED" as const,
    }));
    await db.claim.createMany({ data: claimRows });
    await db.hop.createMany({
      data: claimRows.flatMap((claim) => [
        {
          claimId: claim.id,
          fromSourceId: sources[0]!.id,
          toSourceId: sources[1]!.id,
          relation: "SAID_TO" as const,
          firstHand: true,
          confidence: 0.9,
          position: 0,
        },
        {
          claimId: claim.id,
          fromSourceId: sources[1]!.id,
          toSourceId: null,
          relation: "REPORTED_BY" as const,
          firstHand: false,
          confidence: 0.75,
          position: 1,
        },
      ]),
    });
  }
}

const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** Live heap, after a full collection: what the export holds, not the garbage it churns. */
export function liveHeap(): number {
  gc();
  return process.memoryUsage().heapUsed;
}

/** The live heap while the whole report and its CSV are held, as a non-streaming export holds them. */
async function measureWholeReport(
  db: Db,
  scope: { kind: "workspace"; workspace: string },
  claims: number,
): Promise<number> {
  const report = await buildReport(db, scope, null, links);
  const csv = formatReport(report, "csv");
  const held = liveHeap();
  if (csv.length === 0 || report.claims.length !== claims) throw new Error("the baseline export is incomplete");
  return held;
}

/** A sink for an export's bytes; `onChunk` sees each chunk while it is held. */
export const discard = (onChunk?: () => void) =>
  new Writable({
    write: (_chunk, _encoding, done) => {
      onChunk?.();
      done();
    },
  });

/** The workspace a size's benchmarks export. */
export const benchWorkspace = (claims: number) => `bench-${claims}`;

/** A PGlite database in memory holding one workspace per size (benchWorkspace). */
export async function openExportBench(
  root: string,
  sizes: readonly number[],
): Promise<{ db: Db; close(): Promise<void> }> {
  if (!(globalThis as { gc?: unknown }).gc) throw new Error("run with node --expose-gc (npm run bench does)");
  const pglite = await PGlite.create();
  const { db, close } = await openDatabase({ kind: "pglite", pglite }, { root });
  for (const claims of sizes) await benchSeed(db, benchWorkspace(claims), claims);
  return {
    db,
    async close() {
      await close();
      await pglite.close();
    },
  };
}

export async function benchExportMemory(db: Db, sizes: [number, number]) {
  const rows: Array<{ claims: number; streamedMB: number; wholeReportMB: number }> = [];
  for (const claims of sizes) {
    const slug = benchWorkspace(claims);
    const scope = { kind: "workspace" as const, workspace: slug };
    // Unmeasured exports first, so that what seeding left in Prisma's and PGlite's caches has
    // been evicted and the caches are at their steady size when measuring starts.
    for (let warmUp = 0; warmUp < 2; warmUp++) {
      const rendered = await renderExport(db, ExportRequest.parse({ scope, format: "csv" }), null, links);
      await pipeline(rendered.body as NodeJS.ReadableStream, discard());
    }
    const before = liveHeap();
    let peak = before;
    const rendered = await renderExport(db, ExportRequest.parse({ scope, format: "csv" }), null, {
      ...links,
      onProgress: () => (peak = Math.max(peak, liveHeap())),
    });
    await pipeline(rendered.body as NodeJS.ReadableStream, discard());
    const streamed = peak - before;

    const baselineBefore = liveHeap();
    const wholeGrowth = (await measureWholeReport(db, scope, claims)) - baselineBefore;
    rows.push({ claims, streamedMB: streamed / 2 ** 20, wholeReportMB: wholeGrowth / 2 ** 20 });
  }
  return rows;
}
