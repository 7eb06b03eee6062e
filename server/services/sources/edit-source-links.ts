// Links between sources: a person and the organisation they speak for or belong to (Macron ↔
// Élysée), a document and who produced it. Both ends are sources of one workspace.
import { AppError } from "@/lib/errors";
import type { SourceLinkKind } from "@/lib/vocabulary";
import { LINK_PHRASE } from "@/lib/words/display-words";
import type { Db } from "@/server/database/open-database";
import { recordAudit } from "../audit/record-audit";
import { loadPeerSource, loadWritableSource, lockSources } from "./source-guards";

export async function addLink(
  db: Db,
  actorId: string,
  input: { sourceId: string; otherSourceId: string; kind: SourceLinkKind; direction: "outgoing" | "incoming" },
) {
  if (input.sourceId === input.otherSourceId)
    throw new AppError("INVALID", "a source cannot be linked to itself; pick the other person or organisation");
  return db.$transaction(async (tx) => {
    await lockSources(tx, [input.sourceId, input.otherSourceId]);
    const source = await loadWritableSource(tx, input.sourceId);
    const other = await loadPeerSource(tx, input.otherSourceId, source.workspaceId, "other end of the link");
    const [from, to] = input.direction === "outgoing" ? [source, other] : [other, source];
    const existing = await tx.sourceLink.findUnique({
      where: { fromSourceId_toSourceId_kind: { fromSourceId: from.id, toSourceId: to.id, kind: input.kind } },
      select: { id: true },
    });
    if (existing) throw new AppError("CONFLICT", `${from.name} already ${LINK_PHRASE[input.kind].outgoing} ${to.name}`);
    const link = await tx.sourceLink.create({
      data: { fromSourceId: from.id, toSourceId: to.id, kind: input.kind },
      select: { id: true, kind: true, createdAt: true },
    });
    await recordAudit(tx, {
      workspaceId: source.workspaceId,
      actorId,
      action: "source.link.add",
      entityType: "source",
      entityId: source.id,
      after: { linkId: link.id, fromSourceId: from.id, toSourceId: to.id, kind: link.kind },
    });
    return {
      id: link.id,
      kind: link.kind,
      direction: input.direction,
      other: { id: other.id, name: other.name, type: other.type },
      createdAt: link.createdAt.toISOString(),
    };
  });
}

export async function removeLink(db: Db, actorId: string, input: { sourceId: string; linkId: string }) {
  return db.$transaction(async (tx) => {
    const source = await loadWritableSource(tx, input.sourceId);
    const link = await tx.sourceLink.findUnique({
      where: { id: input.linkId },
      select: { fromSourceId: true, toSourceId: true, kind: true },
    });
    if (!link || (link.fromSourceId !== source.id && link.toSourceId !== source.id)) {
      throw new AppError(
        "NOT_FOUND",
        `${source.name} has no such link; it may have been removed already — reload the page`,
      );
    }
    await tx.sourceLink.delete({ where: { id: input.linkId } });
    await recordAudit(tx, {
      workspaceId: source.workspaceId,
      actorId,
      action: "source.link.remove",
      entityType: "source",
      entityId: source.id,
      before: { linkId: input.linkId, ...link },
    });
    return { removed: true as const };
  });
}
