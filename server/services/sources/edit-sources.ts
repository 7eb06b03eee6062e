// Sources: type-ahead search, pick-or-create without duplicates, and corrections/retractions.
// A name finds its source through an alias too ("La Dépêche" → La Dépêche du Midi), and a source
// merged into another is never offered again: its name leads to the one that survived.

import { AppError } from "@/lib/errors";
import { normalizeSourceName } from "@/lib/sources/normalize-source-name";
import type { SourceType, StandingStatus } from "@/lib/vocabulary";
import type { Db } from "@/server/database/open-database";
import type { Source } from "@/server/database/prisma";
import { recordAudit } from "../audit/record-audit";
import { lockName, resolveSourceName } from "../sources/resolve-source-name";

const sourceFields = {
  id: true,
  name: true,
  type: true,
  url: true,
  notes: true,
  standing: true,
  standingNote: true,
  version: true,
} as const;
export type EditableSource = Pick<Source, keyof typeof sourceFields>;

export async function searchSources(
  db: Db,
  workspaceId: string,
  query: string,
  limit: number,
): Promise<EditableSource[]> {
  const normalized = normalizeSourceName(query);
  return db.source.findMany({
    where: {
      workspaceId,
      mergedIntoId: null,
      ...(normalized
        ? {
            OR: [
              { normalizedName: { contains: normalized } },
              { aliases: { some: { normalizedName: { contains: normalized } } } },
            ],
          }
        : {}),
    },
    orderBy: [{ name: "asc" }],
    take: limit,
    select: sourceFields,
  });
}

export async function findOrCreateSource(
  db: Db,
  actorId: string,
  input: { workspaceId: string; name: string; type: SourceType; url: string | null; notes: string | null },
): Promise<{ source: EditableSource; existed: boolean }> {
  const normalizedName = normalizeSourceName(input.name);
  if (!normalizedName) throw new AppError("INVALID", "a source name needs letters or digits");
  return db.$transaction(async (tx) => {
    await lockName(tx, input.workspaceId, normalizedName);
    const resolved = await resolveSourceName(tx, input.workspaceId, normalizedName);
    if (resolved)
      return {
        source: await tx.source.findUniqueOrThrow({ where: { id: resolved.sourceId }, select: sourceFields }),
        existed: true,
      };
    const source = await tx.source.create({ data: { ...input, normalizedName }, select: sourceFields });
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actorId,
      action: "source.create",
      entityType: "source",
      entityId: source.id,
      after: { ...input },
    });
    return { source, existed: false };
  });
}

export async function setSourceStanding(
  db: Db,
  actorId: string,
  input: { sourceId: string; version: number; standing: StandingStatus; note: string | null },
) {
  return db.$transaction(async (tx) => {
    const before = await tx.source.findUnique({
      where: { id: input.sourceId },
      select: {
        workspaceId: true,
        standing: true,
        standingNote: true,
        version: true,
        mergedInto: { select: { name: true } },
      },
    });
    if (!before) throw new AppError("NOT_FOUND", `no source ${input.sourceId}`);
    if (before.mergedInto)
      throw new AppError(
        "CONFLICT",
        `this source was merged into ${before.mergedInto.name}; correct or retract ${before.mergedInto.name}, or undo the merge first`,
      );
    const { count } = await tx.source.updateMany({
      where: { id: input.sourceId, version: input.version },
      data: { standing: input.standing, standingNote: input.note, version: { increment: 1 } },
    });
    if (count === 0)
      throw new AppError(
        "CONFLICT",
        `someone else changed this source (now version ${before.version}); reload it and decide again`,
        { currentVersion: before.version },
      );
    await recordAudit(tx, {
      workspaceId: before.workspaceId,
      actorId,
      action: "source.standing",
      entityType: "source",
      entityId: input.sourceId,
      before: { standing: before.standing, note: before.standingNote },
      after: { standing: input.standing, note: input.note },
    });
    return { version: input.version + 1 };
  });
}
