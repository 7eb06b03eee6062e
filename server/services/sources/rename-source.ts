// Renaming a source keeps its old name as an alias, so whatever finds the source by that name
// (the source picker, imports, search) still finds it. One transaction with its audit event.
import { AppError } from "@/lib/errors";
import { normalizeSourceName } from "@/lib/sources/normalize-source-name";
import type { RenameResult } from "@/lib/sources/rename-and-uses-schemas";
import type { Db } from "@/server/database/open-database";
import type { Prisma } from "@/server/database/prisma";
import { recordAudit } from "../audit/record-audit";
import { findNameOwner, lockName } from "./resolve-source-name";
import { loadWritableSource } from "./source-guards";

/**
 * Gives the source `name`; its old name becomes an alias unless only the spelling changed (the
 * same folded name). A name that was an alias of this source stops being one.
 * Throws AppError INVALID (no letters or digits), NOT_FOUND, CONFLICT (the name belongs to
 * another source, or to a duplicate merged into this one; the source was merged away; someone
 * saved a newer version: details.currentVersion).
 */
export async function renameSource(
  db: Db,
  actorId: string,
  input: { sourceId: string; version: number; name: string },
): Promise<RenameResult> {
  const normalizedName = normalizeSourceName(input.name);
  if (!normalizedName) throw new AppError("INVALID", "a source name needs letters or digits");
  return db.$transaction(async (tx) => {
    const source = await loadWritableSource(tx, input.sourceId);
    if (source.version !== input.version) {
      throw new AppError(
        "CONFLICT",
        `someone else changed ${source.name} (now version ${source.version}) after you opened version ${input.version}; reload it and rename it again`,
        { currentVersion: source.version },
      );
    }
    const respelled = normalizedName === source.normalizedName;
    if (!respelled) await checkNameFree(tx, source, normalizedName, input.name);
    if (input.name === source.name) return { version: source.version, name: source.name, alias: null };

    const formerAlias = respelled
      ? null
      : await tx.sourceAlias.findUnique({
          where: { sourceId_normalizedName: { sourceId: source.id, normalizedName } },
          select: { id: true, name: true },
        });
    if (formerAlias) await tx.sourceAlias.delete({ where: { id: formerAlias.id } });
    await tx.source.update({
      where: { id: source.id },
      data: { name: input.name, normalizedName, version: { increment: 1 } },
    });
    const alias = respelled
      ? null
      : await tx.sourceAlias.create({
          data: { sourceId: source.id, name: source.name, normalizedName: source.normalizedName },
          select: { id: true, name: true },
        });
    await recordAudit(tx, {
      workspaceId: source.workspaceId,
      actorId,
      action: "source.rename",
      entityType: "source",
      entityId: source.id,
      before: { name: source.name, ...(formerAlias ? { aliasId: formerAlias.id, alias: formerAlias.name } : {}) },
      after: { name: input.name, ...(alias ? { aliasId: alias.id, alias: alias.name } : {}) },
    });
    return { version: source.version + 1, name: input.name, alias };
  });
}

/** No name may mean two sources: not another source's name or alias, nor a merged duplicate's name. */
async function checkNameFree(
  tx: Prisma.TransactionClient,
  source: { id: string; workspaceId: string; name: string },
  normalizedName: string,
  name: string,
): Promise<void> {
  await lockName(tx, source.workspaceId, normalizedName);
  const owner = await findNameOwner(tx, source.workspaceId, normalizedName, source.id);
  if (owner) {
    throw new AppError(
      "CONFLICT",
      `“${name}” already names another source of this workspace, ${owner.name}; pick another name, or merge ${owner.name} into ${source.name} if they are the same`,
      { sourceId: owner.id },
    );
  }
  // A duplicate merged into this source keeps its own row and name, so that the merge can be undone.
  const merged = await tx.source.findUnique({
    where: { workspaceId_normalizedName: { workspaceId: source.workspaceId, normalizedName } },
    select: { id: true, name: true },
  });
  if (merged && merged.id !== source.id) {
    throw new AppError(
      "CONFLICT",
      `“${name}” is the name of ${merged.name}, a duplicate merged into ${source.name}; it already finds ${source.name}. Undo that merge first to use it as the name`,
      { sourceId: merged.id },
    );
  }
}
