// Read paths at N and 10N claims, measured in one run: two databases of one engine hold the
// same small "probe" newsroom (same seed, same shape) plus synthetic newsrooms that bring the
// total to N and to 10N claims. Each read of the probe runs alternately on both databases
// (medians), so the noise of a shared machine falls on both sides. Flat means the 10N / N ratio
// stays near 1: the work follows what is shown, not the size of the database.
import { planNewsroom } from "@/lib/newsroom/plan-newsroom";
import type { Database } from "@/server/database/open-database";
import { writeNewsroom } from "@/server/services/newsroom/write-newsroom";
import { claimSourcingSelect } from "@/server/services/sourcing/claim-sourcing-select";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { ARTICLE_SOURCING_SQL } from "./article-sourcing-sql";
import type { BenchEngine } from "./bench-engines";

const PROBE_CLAIMS = 1000;
// BENCH_READ_RUNS: more rounds for a steadier ratio on a busy machine.
const RUNS = Number(process.env.BENCH_READ_RUNS ?? 9);

type Probe = { reads: Record<string, () => Promise<unknown>> };

async function buildProbe(database: Database, claims: number): Promise<Probe> {
  const { db } = database;
  const probe = await writeNewsroom(db, planNewsroom({ claims: PROBE_CLAIMS, seed: 7 }), { workspaceSlug: "probe" });
  await writeNewsroom(db, planNewsroom({ claims: claims - PROBE_CLAIMS, seed: 2 }), { workspaceSlug: "desk" });
  await db.$executeRawUnsafe("ANALYZE");
  const user = await db.user.create({ data: { email: "bench@example.org", name: "Bench" }, select: { id: true } });
  await db.membership.create({ data: { workspaceId: probe.workspaceId, userId: user.id, role: "EDITOR" } });
  // The probe's largest published article (ties by slug): the same article in both databases.
  const articles = await db.article.findMany({
    where: { workspaceId: probe.workspaceId, status: "PUBLISHED" },
    select: { id: true, slug: true, _count: { select: { claims: true } } },
  });
  const article = articles.sort((a, b) => b._count.claims - a._count.claims || a.slug.localeCompare(b.slug))[0]!;
  const wire = await db.source.findFirstOrThrow({
    where: { workspaceId: probe.workspaceId, name: "Agence France-Presse" },
    select: { id: true },
  });
  // The page of the article's published claim with the most hops (ties: the first in the text),
  // the same claim in both databases.
  const published = await db.claim.findMany({
    where: { articleId: article.id, reviewState: "PUBLISHED" },
    select: { id: true, startOffset: true, _count: { select: { hops: true } } },
  });
  const claim = published.sort((a, b) => b._count.hops - a._count.hops || a.startOffset - b.startOffset)[0]!;
  // One title of the probe holds words no synthetic text has: a search whose matches stay the same.
  await db.article.update({ where: { id: article.id }, data: { title: "Zanzibar ferry timetable" } });
  const anonymous = createCaller(createInnerContext({ db }));
  const editor = createCaller(
    createInnerContext({ db, session: { userId: user.id, email: "bench@example.org", name: "Bench" } }),
  );
  return {
    reads: {
      "article sourcing (tRPC)": () => anonymous.sourcing.article({ slug: article.slug }),
      "article sourcing (Prisma select)": () =>
        db.claim.findMany({
          where: { articleId: article.id, reviewState: "PUBLISHED" },
          orderBy: { startOffset: "asc" },
          select: claimSourcingSelect,
        }),
      "article sourcing (one SQL query)": () => db.$queryRawUnsafe(ARTICLE_SOURCING_SQL, article.id),
      "claim page (tRPC)": () => anonymous.sourcing.claim({ id: claim.id }),
      "anonymous search, matches grow": () => anonymous.search.query({ query: "port tariffs" }),
      "anonymous search, one match": () => anonymous.search.query({ query: "Zanzibar ferry" }),
      "wire agency's page": () => anonymous.sourcing.source({ id: wire.id }),
      "wire agency's impact preview": () => editor.sources.impactPreview({ sourceId: wire.id, standing: "RETRACTED" }),
      "home list": () => anonymous.articles.list(),
      "editors' source list": () => editor.sourceRecords.list({ workspaceId: probe.workspaceId, limit: 50 }),
    },
  };
}

export const median = (times: number[]) => [...times].sort((a, b) => a - b)[times.length >> 1]!;

async function time(read: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await read();
  return performance.now() - started;
}

export type ReadPathRow = {
  engine: string;
  read: string;
  smallMs: number;
  largeMs: number;
  /** Every measured run at each size, in run order (run i of every read falls in the same round). */
  smallRuns: number[];
  largeRuns: number[];
};

/**
 * Medians in ms of each read at `sizes[0]` and `sizes[1]` claims, on every engine. Each round
 * runs every read once at each size, so the reads set against each other (the article read
 * and its one SQL query) are interleaved too and a ratio can be taken round by round.
 */
export async function benchReadPaths(engines: BenchEngine[], sizes: [number, number]): Promise<ReadPathRow[]> {
  const rows: ReadPathRow[] = [];
  for (const engine of engines) {
    const small = await engine.open();
    const large = await engine.open();
    try {
      const [a, b] = [await buildProbe(small, sizes[0]), await buildProbe(large, sizes[1])];
      const reads = Object.keys(a.reads);
      const times = new Map(reads.map((read) => [read, [[], []] as [number[], number[]]]));
      for (let run = -2; run < RUNS; run++) {
        for (const read of reads) {
          const [atSmall, atLarge] = [await time(a.reads[read]!), await time(b.reads[read]!)];
          if (run < 0) continue;
          times.get(read)![0].push(atSmall);
          times.get(read)![1].push(atLarge);
        }
      }
      for (const read of reads) {
        const [smallRuns, largeRuns] = times.get(read)!;
        rows.push({
          engine: engine.name,
          read,
          smallMs: median(smallRuns),
          largeMs: median(largeRuns),
          smallRuns,
          largeRuns,
        });
      }
    } finally {
      await small.close();
      await large.close();
    }
  }
  return rows;
}
