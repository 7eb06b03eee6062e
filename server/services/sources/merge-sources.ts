// Merging a duplicate source into the one that stays, in one transaction: every claim, hop,
// named source, alias, assessment, link and capture of the duplicate moves, its name becomes an
// alias, `merged_into_id` marks it, and `source_merge.moved` lists exactly what moved so the
// merge can be undone (unmerge-source.ts).
import { AppError, isAppError } from "@/lib/errors";
import { validateGraph } from "@/lib/provenance/validate-graph";
import { countMoved, type MergeMoved, type MergeRefs, planMerge } from "@/lib/sources/plan-merge";
import type { MergeResult } from "@/lib/sources/schemas";
import { stateClaimBriefly } from "@/lib/words/claim-statement";
import type { Db } from "@/server/database/open-database";
import type { Prisma } from "@/server/database/prisma";
import { recordAudit } from "../audit/record-audit";
import { reopenReviewIfRequired } from "../editing/claim-version";
import { claimSourcingSelect, toClaimGraph } from "../sourcing/claim-sourcing-select";
import { type GuardedSource, loadSource, lockSources } from "./source-guards";

type Tx = Prisma.TransactionClient;

export async function mergeSources(
  db: Db,
  actorId: string,
  input: { sourceId: string; duplicateId: string },
): Promise<MergeResult> {
  if (input.sourceId === input.duplicateId)
    throw new AppError("INVALID", "a source cannot be merged into itself; pick the duplicate to fold into this one");
  return db.$transaction(async (tx) => {
    await lockSources(tx, [input.sourceId, input.duplicateId]);
    const survivor = await loadSource(tx, input.sourceId);
    const duplicate = await tx.source.findUnique({ where: { id: input.duplicateId }, select: { workspaceId: true } });
    if (!duplicate || duplicate.workspaceId !== survivor.workspaceId) {
      throw new AppError(
        "INVALID",
        "the duplicate is not a source of this workspace; only sources of one workspace can be merged",
      );
    }
    const dup = await loadSource(tx, input.duplicateId);
    if (survivor.mergedIntoId)
      throw new AppError(
        "CONFLICT",
        `${survivor.name} was itself merged into ${survivor.mergedInto?.name}; merge ${dup.name} into ${survivor.mergedInto?.name} instead`,
      );
    if (dup.mergedIntoId)
      throw new AppError("CONFLICT", `${dup.name} is already merged into ${dup.mergedInto?.name}; reload the page`);
    await checkSameStanding(tx, survivor, dup);

    const plan = planMerge(await gatherMergeRefs(tx, survivor, dup));
    if (plan.blockers.length > 0)
      throw new AppError("CONFLICT", `cannot merge ${dup.name} into ${survivor.name}: ${plan.blockers.join("; ")}`);
    const { moved: rows, newAlias } = plan;
    const [s, d] = [survivor.id, dup.id];

    if (rows.claimSpeakers.length)
      await tx.claim.updateMany({ where: { id: { in: rows.claimSpeakers } }, data: { speakerId: s } });
    if (rows.claimRecordSources.length)
      await tx.claim.updateMany({ where: { id: { in: rows.claimRecordSources } }, data: { primaryRecordSourceId: s } });
    if (rows.hopsFrom.length)
      await tx.hop.updateMany({ where: { id: { in: rows.hopsFrom } }, data: { fromSourceId: s } });
    if (rows.hopsTo.length) await tx.hop.updateMany({ where: { id: { in: rows.hopsTo } }, data: { toSourceId: s } });
    if (rows.droppedNamedSources.length) {
      await tx.claimNamedSource.deleteMany({
        where: { sourceId: d, claimId: { in: rows.droppedNamedSources.map((row) => row.claimId) } },
      });
    }
    if (rows.namedSources.length)
      await tx.claimNamedSource.updateMany({
        where: { sourceId: d, claimId: { in: rows.namedSources } },
        data: { sourceId: s },
      });
    if (rows.droppedAliases.length)
      await tx.sourceAlias.deleteMany({ where: { id: { in: rows.droppedAliases.map((alias) => alias.id) } } });
    if (rows.aliases.length)
      await tx.sourceAlias.updateMany({ where: { id: { in: rows.aliases } }, data: { sourceId: s } });
    const createdAlias = newAlias
      ? await tx.sourceAlias.create({ data: { sourceId: s, ...newAlias }, select: { id: true, name: true } })
      : null;
    if (rows.assessments.length)
      await tx.reliabilityAssessment.updateMany({ where: { id: { in: rows.assessments } }, data: { sourceId: s } });
    if (rows.droppedLinks.length)
      await tx.sourceLink.deleteMany({ where: { id: { in: rows.droppedLinks.map((link) => link.id) } } });
    if (rows.linksFrom.length)
      await tx.sourceLink.updateMany({ where: { id: { in: rows.linksFrom } }, data: { fromSourceId: s } });
    if (rows.linksTo.length)
      await tx.sourceLink.updateMany({ where: { id: { in: rows.linksTo } }, data: { toSourceId: s } });
    if (rows.snapshots.length)
      await tx.archiveSnapshot.updateMany({ where: { id: { in: rows.snapshots } }, data: { sourceId: s } });
    if (rows.mergedSources.length)
      await tx.source.updateMany({ where: { id: { in: rows.mergedSources } }, data: { mergedIntoId: s } });
    await tx.source.update({ where: { id: d }, data: { mergedIntoId: s, version: { increment: 1 } } });
    await tx.source.update({ where: { id: s }, data: { version: { increment: 1 } } });
    // Editors with one of these claims open must reload: its sourcing changed under them.
    if (plan.affectedClaimIds.length)
      await tx.claim.updateMany({ where: { id: { in: plan.affectedClaimIds } }, data: { version: { increment: 1 } } });
    await reopenReviewIfRequired(tx, plan.affectedClaimIds);
    await checkChains(tx, [...rows.hopsFrom, ...rows.hopsTo], `merging ${dup.name} into ${survivor.name}`);

    const moved: MergeMoved = { ...rows, createdAlias };
    const merge = await tx.sourceMerge.create({
      data: { workspaceId: survivor.workspaceId, survivorId: s, mergedId: d, moved, createdById: actorId },
      select: { id: true },
    });
    const counts = countMoved(moved);
    await recordAudit(tx, {
      workspaceId: survivor.workspaceId,
      actorId,
      action: "source.merge",
      entityType: "source",
      entityId: s,
      before: { mergedId: d, mergedName: dup.name },
      after: { mergeId: merge.id, survivorId: s, mergedId: d, moved: counts },
    });
    return { mergeId: merge.id, survivorId: s, mergedId: d, moved: counts };
  });
}

/** A retracted duplicate merged into an active source would quietly restore the support of its claims. */
async function checkSameStanding(tx: Tx, survivor: GuardedSource, dup: GuardedSource): Promise<void> {
  const rows = await tx.source.findMany({
    where: { id: { in: [survivor.id, dup.id] } },
    select: { id: true, standing: true },
  });
  const standing = (id: string) => rows.find((row) => row.id === id)?.standing;
  if (standing(survivor.id) !== standing(dup.id)) {
    throw new AppError(
      "CONFLICT",
      `${dup.name} is ${standing(dup.id)?.toLowerCase()} and ${survivor.name} is ${standing(survivor.id)?.toLowerCase()}; give them the same standing first, so that no claim silently gains or loses support`,
    );
  }
}

async function gatherMergeRefs(tx: Tx, survivor: GuardedSource, dup: GuardedSource): Promise<MergeRefs> {
  const [s, d] = [survivor.id, dup.id];
  const ids = (rows: Array<{ id: string }>) => rows.map((row) => row.id);
  const speakerClaimIds = ids(
    await tx.claim.findMany({ where: { speakerId: d }, select: { id: true }, orderBy: { id: "asc" } }),
  );
  const recordClaimIds = ids(
    await tx.claim.findMany({ where: { primaryRecordSourceId: d }, select: { id: true }, orderBy: { id: "asc" } }),
  );
  const hops = await tx.hop.findMany({
    where: { OR: [{ fromSourceId: d }, { toSourceId: d }] },
    select: { id: true, claimId: true, fromSourceId: true, toSourceId: true },
    orderBy: { id: "asc" },
  });
  const duplicateNamed = await tx.claimNamedSource.findMany({
    where: { sourceId: d },
    select: { claimId: true, sourceId: true, position: true, mentionedAs: true },
    orderBy: { claimId: "asc" },
  });
  const survivorNamed = await tx.claimNamedSource.findMany({
    where: { sourceId: s, claimId: { in: duplicateNamed.map((row) => row.claimId) } },
    select: { claimId: true, sourceId: true, position: true, mentionedAs: true },
  });
  const aliases = await tx.sourceAlias.findMany({
    where: { sourceId: { in: [s, d] } },
    select: { id: true, sourceId: true, name: true, normalizedName: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  const assessmentIds = ids(
    await tx.reliabilityAssessment.findMany({ where: { sourceId: d }, select: { id: true }, orderBy: { id: "asc" } }),
  );
  const links = await tx.sourceLink.findMany({
    where: { OR: [{ fromSourceId: { in: [s, d] } }, { toSourceId: { in: [s, d] } }] },
    select: { id: true, fromSourceId: true, toSourceId: true, kind: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  const snapshotIds = ids(
    await tx.archiveSnapshot.findMany({ where: { sourceId: d }, select: { id: true }, orderBy: { id: "asc" } }),
  );
  const mergedSourceIds = ids(
    await tx.source.findMany({ where: { mergedIntoId: d }, select: { id: true }, orderBy: { id: "asc" } }),
  );
  const quotes = await tx.claim.findMany({
    where: { id: { in: [...new Set(hops.map((hop) => hop.claimId))] } },
    select: { id: true, exact: true, kind: true, stance: true, speaker: { select: { name: true } } },
  });
  return {
    survivor: { id: s, name: survivor.name, normalizedName: survivor.normalizedName },
    duplicate: { id: d, name: dup.name, normalizedName: dup.normalizedName },
    speakerClaimIds,
    recordClaimIds,
    hops,
    namedSources: [...duplicateNamed, ...survivorNamed],
    aliases: aliases.map((alias) => ({ ...alias, createdAt: alias.createdAt.toISOString() })),
    assessmentIds,
    links: links.map((link) => ({ ...link, createdAt: link.createdAt.toISOString() })),
    snapshotIds,
    mergedSourceIds,
    claimStatements: Object.fromEntries(
      quotes.map((claim) => [
        claim.id,
        stateClaimBriefly({ ...claim, quote: claim.exact, speakerName: claim.speaker?.name ?? null }),
      ]),
    ),
  };
}

/** The chains of the claims whose hops moved must still be readable: no cycle, no hop to itself. */
async function checkChains(tx: Tx, hopIds: readonly string[], doing: string): Promise<void> {
  if (hopIds.length === 0) return;
  const claimIds = [
    ...new Set(
      (await tx.hop.findMany({ where: { id: { in: [...hopIds] } }, select: { claimId: true } })).map(
        (hop) => hop.claimId,
      ),
    ),
  ];
  const rows = await tx.claim.findMany({ where: { id: { in: claimIds } }, select: claimSourcingSelect });
  for (const row of rows) {
    try {
      validateGraph(toClaimGraph(row), { requireComplete: false });
    } catch (error) {
      if (!isAppError(error)) throw error;
      throw new AppError(
        "CONFLICT",
        `${doing} would break the chain of a claim (${stateClaimBriefly({ ...row, quote: row.exact, speakerName: row.speaker?.name ?? null })}): ${error.message} Change that chain first.`,
      );
    }
  }
}
