// A workspace's review settings: whether publishing a claim's sourcing needs a second editor.
import type { WorkspaceSettings } from "@/lib/review/schemas";
import type { Db } from "@/server/database/open-database";
import { recordAudit } from "../audit/record-audit";

export async function getWorkspaceSettings(db: Db, workspaceId: string): Promise<WorkspaceSettings> {
  const workspace = await db.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { requireSecondReview: true },
  });
  return { workspaceId, requireSecondReview: workspace.requireSecondReview };
}

export async function setWorkspaceSettings(
  db: Db,
  actorId: string,
  input: WorkspaceSettings,
): Promise<WorkspaceSettings> {
  return db.$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({
      where: { id: input.workspaceId },
      select: { requireSecondReview: true },
    });
    const after = await tx.workspace.update({
      where: { id: input.workspaceId },
      data: { requireSecondReview: input.requireSecondReview },
      select: { requireSecondReview: true },
    });
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actorId,
      action: "workspace.settings",
      entityType: "workspace",
      entityId: input.workspaceId,
      before,
      after,
    });
    return { workspaceId: input.workspaceId, requireSecondReview: after.requireSecondReview };
  });
}
