// Undoing a merge: the rows `source_merge.moved` lists go back to the merged source, the rows the
// merge set aside are recreated as they were, the alias it added goes, and the mark is cleared.
// When any moved row changed since, nothing moves and the editor is told what changed.

import { AppError } from "@/lib/errors";
import { findUnmergeConflicts, type UnmergeState, unmergeConflictMessage } from "@/lib/sources/check-unmerge";
import { claimsTouchedBy, countMoved, MergeMoved } from "@/lib/sources/plan-merge";
import type { MovedCounts } from "@/lib/sources/schemas";
import type { Db } from "@/server/database/open-database";
import type { Prisma } from "@/server/database/prisma";
import { recordAudit } from "../audit/record-audit";
import { reopenReviewIfRequired } from "../editing/claim-version";
import { loadSource, lockSources } from "./source-guards";

type Tx = Prisma.TransactionClient;

export async function unmergeSource(
  db: Db,
  actorId: string,
  input: { sourceId: string },
): Promise<{ mergeId: string; survivorId: string; mergedId: string; restored: MovedCounts }> {
  return db.$transaction(async (tx) => {
    const first = await loadSource(tx, input.sourceId);
    if (!first.mergedIntoId)
      throw new AppError("CONFLICT", `${first.name} is not merged into another source; there is nothing to undo`);
    await lockSources(tx, [first.id, first.mergedIntoId]);
    const dup = await loadSource(tx, input.sourceId);
    const merge = await tx.sourceMerge.findFirst({
      where: { mergedId: dup.id, undoneAt: null },
      orderBy: { createdAt: "desc" },
      select: { id: true, survivorId: true, moved: true },
    });
    if (!merge)
      throw new AppError(
        "CONFLICT",
        `${dup.name} was marked as merged without a recorded merge, so there is nothing to undo`,
      );
    const survivor = await loadSource(tx, merge.survivorId);
    if (dup.mergedIntoId !== survivor.id || survivor.mergedIntoId) {
      const later = survivor.mergedInto?.name ?? dup.mergedInto?.name ?? "another source";
      throw new AppError(
        "CONFLICT",
        `${survivor.name} was merged into ${later} after ${dup.name} was merged into it; undo that later merge first`,
      );
    }
    const parsed = MergeMoved.safeParse(merge.moved);
    if (!parsed.success)
      throw new AppError(
        "CONFLICT",
        `the record of this merge is unreadable, so it cannot be undone safely; move the references by hand`,
      );
    const moved = parsed.data;
    const names = { survivor: survivor.name, duplicate: dup.name };
    const conflicts = findUnmergeConflicts(moved, await readUnmergeState(tx, moved, survivor.id, dup.id), names);
    if (conflicts.length > 0) throw new AppError("CONFLICT", unmergeConflictMessage(conflicts, names), { conflicts });

    const [s, d] = [survivor.id, dup.id];
    if (moved.claimSpeakers.length)
      await tx.claim.updateMany({ where: { id: { in: moved.claimSpeakers } }, data: { speakerId: d } });
    if (moved.claimRecordSources.length)
      await tx.claim.updateMany({
        where: { id: { in: moved.claimRecordSources } },
        data: { primaryRecordSourceId: d },
      });
    if (moved.hopsFrom.length)
      await tx.hop.updateMany({ where: { id: { in: moved.hopsFrom } }, data: { fromSourceId: d } });
    if (moved.hopsTo.length) await tx.hop.updateMany({ where: { id: { in: moved.hopsTo } }, data: { toSourceId: d } });
    if (moved.namedSources.length)
      await tx.claimNamedSource.updateMany({
        where: { sourceId: s, claimId: { in: moved.namedSources } },
        data: { sourceId: d },
      });
    if (moved.droppedNamedSources.length)
      await tx.claimNamedSource.createMany({ data: moved.droppedNamedSources.map((row) => ({ ...row, sourceId: d })) });
    if (moved.createdAlias) await tx.sourceAlias.deleteMany({ where: { id: moved.createdAlias.id, sourceId: s } });
    if (moved.aliases.length)
      await tx.sourceAlias.updateMany({ where: { id: { in: moved.aliases } }, data: { sourceId: d } });
    if (moved.droppedAliases.length) {
      await tx.sourceAlias.createMany({
        data: moved.droppedAliases.map((alias) => ({ ...alias, sourceId: d, createdAt: new Date(alias.createdAt) })),
      });
    }
    if (moved.assessments.length)
      await tx.reliabilityAssessment.updateMany({ where: { id: { in: moved.assessments } }, data: { sourceId: d } });
    if (moved.linksFrom.length)
      await tx.sourceLink.updateMany({ where: { id: { in: moved.linksFrom } }, data: { fromSourceId: d } });
    if (moved.linksTo.length)
      await tx.sourceLink.updateMany({ where: { id: { in: moved.linksTo } }, data: { toSourceId: d } });
    if (moved.droppedLinks.length)
      await tx.sourceLink.createMany({
        data: moved.droppedLinks.map((link) => ({ ...link, createdAt: new Date(link.createdAt) })),
      });
    if (moved.snapshots.length)
      await tx.archiveSnapshot.updateMany({ where: { id: { in: moved.snapshots } }, data: { sourceId: d } });
    if (moved.mergedSources.length)
      await tx.source.updateMany({ where: { id: { in: moved.mergedSources } }, data: { mergedIntoId: d } });
    await tx.source.update({ where: { id: d }, data: { mergedIntoId: null, version: { increment: 1 } } });
    await tx.source.update({ where: { id: s }, data: { version: { increment: 1 } } });
    const hopClaims = (
      await tx.hop.findMany({ where: { id: { in: [...moved.hopsFrom, ...moved.hopsTo] } }, select: { claimId: true } })
    ).map((hop) => hop.claimId);
    const touched = claimsTouchedBy(moved, hopClaims);
    if (touched.length)
      await tx.claim.updateMany({ where: { id: { in: touched } }, data: { version: { increment: 1 } } });
    await reopenReviewIfRequired(tx, touched);
    await tx.sourceMerge.update({ where: { id: merge.id }, data: { undoneAt: new Date() } });

    const restored = countMoved(moved);
    await recordAudit(tx, {
      workspaceId: survivor.workspaceId,
      actorId,
      action: "source.unmerge",
      entityType: "source",
      entityId: s,
      before: { mergeId: merge.id, mergedId: d, mergedName: dup.name },
      after: { mergeId: merge.id, restored },
    });
    return { mergeId: merge.id, survivorId: s, mergedId: d, restored };
  });
}

async function readUnmergeState(tx: Tx, moved: MergeMoved, s: string, d: string): Promise<UnmergeState> {
  const ids = (rows: Array<{ id: string }>) => rows.map((row) => row.id);
  const inList = (list: string[]) => ({ in: list });
  const droppedClaims = moved.droppedNamedSources.map((row) => row.claimId);
  const renamedAgain = new Set(
    (
      await tx.claimNamedSource.findMany({
        where: { sourceId: d, claimId: inList(droppedClaims) },
        select: { claimId: true },
      })
    ).map((row) => row.claimId),
  );
  return {
    inPlace: {
      claimSpeakers: ids(
        await tx.claim.findMany({ where: { id: inList(moved.claimSpeakers), speakerId: s }, select: { id: true } }),
      ),
      claimRecordSources: ids(
        await tx.claim.findMany({
          where: { id: inList(moved.claimRecordSources), primaryRecordSourceId: s },
          select: { id: true },
        }),
      ),
      hopsFrom: ids(
        await tx.hop.findMany({ where: { id: inList(moved.hopsFrom), fromSourceId: s }, select: { id: true } }),
      ),
      hopsTo: ids(await tx.hop.findMany({ where: { id: inList(moved.hopsTo), toSourceId: s }, select: { id: true } })),
      namedSources: (
        await tx.claimNamedSource.findMany({
          where: { sourceId: s, claimId: inList(moved.namedSources) },
          select: { claimId: true },
        })
      ).map((row) => row.claimId),
      aliases: ids(
        await tx.sourceAlias.findMany({ where: { id: inList(moved.aliases), sourceId: s }, select: { id: true } }),
      ),
      assessments: ids(
        await tx.reliabilityAssessment.findMany({
          where: { id: inList(moved.assessments), sourceId: s },
          select: { id: true },
        }),
      ),
      linksFrom: ids(
        await tx.sourceLink.findMany({ where: { id: inList(moved.linksFrom), fromSourceId: s }, select: { id: true } }),
      ),
      linksTo: ids(
        await tx.sourceLink.findMany({ where: { id: inList(moved.linksTo), toSourceId: s }, select: { id: true } }),
      ),
      snapshots: ids(
        await tx.archiveSnapshot.findMany({
          where: { id: inList(moved.snapshots), sourceId: s },
          select: { id: true },
        }),
      ),
      mergedSources: ids(
        await tx.source.findMany({ where: { id: inList(moved.mergedSources), mergedIntoId: s }, select: { id: true } }),
      ),
    },
    restorableNamedSourceClaims: ids(
      await tx.claim.findMany({ where: { id: inList(droppedClaims) }, select: { id: true } }),
    ).filter((id) => !renamedAgain.has(id)),
    existingSourceIds: ids(
      await tx.source.findMany({
        where: { id: inList(moved.droppedLinks.flatMap((link) => [link.fromSourceId, link.toSourceId])) },
        select: { id: true },
      }),
    ),
    duplicateAliasNames: (
      await tx.sourceAlias.findMany({ where: { sourceId: d }, select: { normalizedName: true } })
    ).map((row) => row.normalizedName),
  };
}
