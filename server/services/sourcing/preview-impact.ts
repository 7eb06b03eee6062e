// What marking a source or hop corrected or retracted would do to every claim of its
// workspace, computed before anything is saved (the editor confirms afterwards).
import { AppError } from "@/lib/errors";
import { assessImpact, type ClaimImpact } from "@/lib/provenance/assess-impact";
import { splitUnfinishedHops } from "@/lib/provenance/split-unfinished-hops";
import type { Db } from "@/server/database/open-database";
import { claimSourcingSelect, toClaimGraph } from "./claim-sourcing-select";

export type ImpactPreview = Array<ClaimImpact & { quote: string; article: { slug: string; title: string } }>;

export async function previewImpact(
  db: Db,
  change: { sourceId: string } | { hopId: string },
  standing: "CORRECTED" | "RETRACTED",
): Promise<ImpactPreview> {
  const workspaceId = await workspaceOf(db, change);
  const rows = await db.claim.findMany({
    where: { article: { workspaceId } },
    select: { ...claimSourcingSelect, article: { select: { slug: true, title: true } } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return assessImpact(
    rows.map((row) => splitUnfinishedHops(toClaimGraph(row)).finished),
    change,
    standing,
  ).map((impact) => {
    const row = byId.get(impact.claimId)!;
    return { ...impact, quote: row.exact, article: row.article };
  });
}

async function workspaceOf(db: Db, change: { sourceId: string } | { hopId: string }): Promise<string> {
  if ("sourceId" in change) {
    const source = await db.source.findUnique({ where: { id: change.sourceId }, select: { workspaceId: true } });
    if (!source) throw new AppError("NOT_FOUND", `no source ${change.sourceId}`);
    return source.workspaceId;
  }
  const hop = await db.hop.findUnique({
    where: { id: change.hopId },
    select: { claim: { select: { article: { select: { workspaceId: true } } } } },
  });
  if (!hop) throw new AppError("NOT_FOUND", `no hop ${change.hopId}`);
  return hop.claim.article.workspaceId;
}
