// A source's own fields (type, language, country, address, notes), its other names, and its
// reliability history. Each write is one transaction with its audit event.
import { AppError } from "@/lib/errors";
import { normalizeSourceName } from "@/lib/sources/normalize-source-name";
import type { ReliabilityRating, SourceType } from "@/lib/vocabulary";
import type { Db } from "@/server/database/open-database";
import { recordAudit } from "../audit/record-audit";
import { findNameOwner, lockName } from "./resolve-source-name";
import { loadWritableSource } from "./source-guards";

export async function addAlias(db: Db, actorId: string, input: { sourceId: string; name: string }) {
  const normalizedName = normalizeSourceName(input.name);
  if (!normalizedName) throw new AppError("INVALID", "an alias needs letters or digits");
  return db.$transaction(async (tx) => {
    const source = await loadWritableSource(tx, input.sourceId);
    await lockName(tx, source.workspaceId, normalizedName);
    if (normalizedName === source.normalizedName)
      throw new AppError(
        "INVALID",
        `“${input.name}” is already the name of this source; an alias is another name for it`,
      );
    const own = await tx.sourceAlias.findUnique({
      where: { sourceId_normalizedName: { sourceId: source.id, normalizedName } },
      select: { name: true },
    });
    if (own) throw new AppError("CONFLICT", `${source.name} already has the alias “${own.name}”`);
    const owner = await findNameOwner(tx, source.workspaceId, normalizedName, source.id);
    if (owner) {
      throw new AppError(
        "CONFLICT",
        `“${input.name}” already names another source of this workspace, ${owner.name}; if they are the same, merge ${owner.name} into ${source.name} instead`,
        { sourceId: owner.id },
      );
    }
    const alias = await tx.sourceAlias.create({
      data: { sourceId: source.id, name: input.name, normalizedName },
      select: { id: true, name: true, createdAt: true },
    });
    await recordAudit(tx, {
      workspaceId: source.workspaceId,
      actorId,
      action: "source.alias.add",
      entityType: "source",
      entityId: source.id,
      after: { aliasId: alias.id, name: alias.name },
    });
    return { id: alias.id, name: alias.name, createdAt: alias.createdAt.toISOString() };
  });
}

export async function removeAlias(db: Db, actorId: string, input: { sourceId: string; aliasId: string }) {
  return db.$transaction(async (tx) => {
    const source = await loadWritableSource(tx, input.sourceId);
    const alias = await tx.sourceAlias.findUnique({
      where: { id: input.aliasId },
      select: { sourceId: true, name: true },
    });
    if (!alias || alias.sourceId !== source.id)
      throw new AppError(
        "NOT_FOUND",
        `${source.name} has no such alias; it may have been removed already — reload the page`,
      );
    await tx.sourceAlias.delete({ where: { id: input.aliasId } });
    await recordAudit(tx, {
      workspaceId: source.workspaceId,
      actorId,
      action: "source.alias.remove",
      entityType: "source",
      entityId: source.id,
      before: { aliasId: input.aliasId, name: alias.name },
    });
    return { removed: true as const };
  });
}

export type SourceDetailsChange = {
  sourceId: string;
  version: number;
  type?: SourceType;
  language?: string | null;
  country?: string | null;
  url?: string | null;
  notes?: string | null;
  publicNote?: string | null;
};

const detailFields = {
  type: true,
  language: true,
  country: true,
  url: true,
  notes: true,
  publicNote: true,
} as const;

export async function setSourceDetails(db: Db, actorId: string, input: SourceDetailsChange) {
  const { sourceId, version, ...changes } = input;
  return db.$transaction(async (tx) => {
    const source = await loadWritableSource(tx, sourceId);
    const before = await tx.source.findUniqueOrThrow({ where: { id: sourceId }, select: detailFields });
    const { count } = await tx.source.updateMany({
      where: { id: sourceId, version },
      data: { ...changes, version: { increment: 1 } },
    });
    if (count === 0) {
      throw new AppError(
        "CONFLICT",
        `someone else changed ${source.name} (now version ${source.version}) after you opened version ${version}; reload it and make your change again`,
        {
          currentVersion: source.version,
        },
      );
    }
    const changed = Object.keys(changes) as Array<keyof typeof detailFields>;
    await recordAudit(tx, {
      workspaceId: source.workspaceId,
      actorId,
      action: "source.details",
      entityType: "source",
      entityId: sourceId,
      before: Object.fromEntries(changed.map((key) => [key, before[key]])),
      after: changes,
    });
    return { version: version + 1 };
  });
}

export async function addAssessment(
  db: Db,
  actorId: string,
  input: { sourceId: string; rating: ReliabilityRating; reason: string },
) {
  return db.$transaction(async (tx) => {
    const source = await loadWritableSource(tx, input.sourceId);
    const previous = await tx.reliabilityAssessment.findFirst({
      where: { sourceId: source.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { rating: true, createdAt: true },
    });
    // The history is read in time order: two ratings within one millisecond still keep theirs.
    const createdAt = new Date(Math.max(Date.now(), (previous?.createdAt.getTime() ?? 0) + 1));
    const row = await tx.reliabilityAssessment.create({
      data: { sourceId: source.id, rating: input.rating, reason: input.reason, ratedById: actorId, createdAt },
      select: { id: true, rating: true, reason: true, createdAt: true, ratedBy: { select: { id: true, name: true } } },
    });
    await recordAudit(tx, {
      workspaceId: source.workspaceId,
      actorId,
      action: "source.assess",
      entityType: "source",
      entityId: source.id,
      before: { rating: previous?.rating ?? null },
      after: { assessmentId: row.id, rating: row.rating, reason: row.reason },
    });
    return { ...row, createdAt: row.createdAt.toISOString() };
  });
}
