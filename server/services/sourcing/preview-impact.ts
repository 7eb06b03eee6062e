// What marking a source or hop corrected or retracted would do to the claims that rest on it,
// computed before anything is saved (the editor confirms afterwards). Only the claims whose
// graphs contain the source are read, in keyset batches: the work follows the source's use, not
// the workspace's size, and no query carries one parameter per claim of the workspace.
import { AppError } from "@/lib/errors";
import { assessImpact, type ClaimImpact } from "@/lib/provenance/assess-impact";
import { splitUnfinishedHops } from "@/lib/provenance/split-unfinished-hops";
import { stateClaim } from "@/lib/words/claim-statement";
import type { Db } from "@/server/database/open-database";
import { claimSourcingSelect, toClaimGraph } from "./claim-sourcing-select";
import { findClaimIdsOfSource } from "./claims-of-source";

/**
 * Each affected claim with its words as recorded (`quote`) and as its speaker's statement
 * (`statement`: quotation marks only around a direct quote, lib/words/claim-statement.ts).
 */
export type ImpactPreview = Array<
  ClaimImpact & { quote: string; statement: string; article: { slug: string; title: string } }
>;

const BATCH_SIZE = 500;

export async function previewImpact(
  db: Db,
  change: { sourceId: string } | { hopId: string },
  standing: "CORRECTED" | "RETRACTED",
): Promise<ImpactPreview> {
  const preview: ImpactPreview = [];
  for await (const ids of affectedClaimBatches(db, change)) {
    const rows = await db.claim.findMany({
      where: { id: { in: ids } },
      orderBy: { id: "asc" },
      select: { ...claimSourcingSelect, article: { select: { slug: true, title: true } } },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const impacts = assessImpact(
      rows.map((row) => splitUnfinishedHops(toClaimGraph(row)).finished),
      change,
      standing,
    );
    for (const impact of impacts) {
      const row = byId.get(impact.claimId)!;
      const statement = stateClaim({
        quote: row.exact,
        kind: row.kind,
        stance: row.stance,
        speakerName: row.speaker?.name ?? null,
      }).text;
      preview.push({ ...impact, quote: row.exact, statement, article: row.article });
    }
  }
  return preview;
}

async function* affectedClaimBatches(
  db: Db,
  change: { sourceId: string } | { hopId: string },
): AsyncGenerator<string[]> {
  if ("hopId" in change) {
    const hop = await db.hop.findUnique({ where: { id: change.hopId }, select: { claimId: true } });
    if (!hop) throw new AppError("NOT_FOUND", `no hop ${change.hopId}`);
    yield [hop.claimId];
    return;
  }
  const source = await db.source.findUnique({ where: { id: change.sourceId }, select: { id: true } });
  if (!source) throw new AppError("NOT_FOUND", `no source ${change.sourceId}`);
  let after: string | null = null;
  for (;;) {
    const ids = await findClaimIdsOfSource(db, {
      sourceId: source.id,
      after,
      limit: BATCH_SIZE,
      everyClaim: true,
      roles: "graph",
    });
    if (ids.length > 0) yield ids;
    if (ids.length < BATCH_SIZE) return;
    after = ids.at(-1)!;
  }
}
