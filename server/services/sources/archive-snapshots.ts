// Archived captures of a source's page or a hop's evidence, as the editor pasted or uploaded
// them: stored byte for byte with their sha256, listed without their bytes, and read back for
// download only by members of the workspace, after checking the hash still matches.
import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";
import { contentTypeForEncoding, MAX_CAPTURE_BYTES, tooLargeMessage } from "@/lib/sources/capture";
import type { SnapshotMeta } from "@/lib/sources/schemas";
import { readStatedCaptureTime } from "@/lib/sources/stated-capture-time";
import type { Db } from "@/server/database/open-database";
import { Prisma } from "@/server/database/prisma";
import type { Reader } from "../articles/find-article";
import { recordAudit } from "../audit/record-audit";
import { loadWritableSource } from "./source-guards";

type Tx = Prisma.TransactionClient;

/** A capture time this far ahead of the server's clock is a mistake, not clock drift. */
const FUTURE_SLACK_MS = 5 * 60 * 1000;

function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export const snapshotMetaSelect = {
  id: true,
  sourceId: true,
  hopId: true,
  originalUrl: true,
  archiveUrl: true,
  capturedAt: true,
  contentType: true,
  contentHash: true,
  createdAt: true,
  createdById: true,
} satisfies Prisma.ArchiveSnapshotSelect;
type SnapshotRow = Prisma.ArchiveSnapshotGetPayload<{ select: typeof snapshotMetaSelect }>;

export type NewSnapshot = {
  sourceId?: string;
  hopId?: string;
  originalUrl: string | null;
  archiveUrl: string | null;
  capturedAt: string | null;
  contentType: string;
  content: string;
  encoding: "text" | "base64";
  sha256: string | null;
};

export async function addSnapshot(db: Db, actorId: string, input: NewSnapshot): Promise<SnapshotMeta> {
  const content =
    input.encoding === "base64" ? Buffer.from(input.content, "base64") : Buffer.from(input.content, "utf8");
  if (content.length > MAX_CAPTURE_BYTES) throw new AppError("INVALID", tooLargeMessage(content.length));
  const contentHash = sha256Hex(content);
  if (input.sha256 && input.sha256 !== contentHash) {
    throw new AppError(
      "INVALID",
      `the capture arrived damaged: its sha256 is ${contentHash}, not the ${input.sha256} your browser computed; upload it again`,
    );
  }
  // The capture time only as recorded: what the editor entered, else what the file states; never
  // the upload's own time, which would date the capture falsely.
  const entered = input.capturedAt ? new Date(input.capturedAt) : null;
  if (entered && entered.getTime() > Date.now() + FUTURE_SLACK_MS)
    throw new AppError("INVALID", "the capture time is in the future; give the time the page was saved");
  const stated = entered ? null : readStatedCaptureTime(content);
  const capturedAt =
    entered ?? (stated && new Date(stated).getTime() <= Date.now() + FUTURE_SLACK_MS ? new Date(stated) : null);

  return db.$transaction(async (tx) => {
    const target = await snapshotTarget(tx, input);
    const row = await tx.archiveSnapshot.create({
      data: {
        workspaceId: target.workspaceId,
        sourceId: input.sourceId ?? null,
        hopId: input.hopId ?? null,
        originalUrl: input.originalUrl ?? target.originalUrl,
        archiveUrl: input.archiveUrl ?? target.archiveUrl,
        capturedAt,
        contentType: contentTypeForEncoding(input.contentType, input.encoding),
        content: new Uint8Array(content),
        contentHash,
        createdById: actorId,
      },
      select: snapshotMetaSelect,
    });
    await recordAudit(tx, {
      workspaceId: target.workspaceId,
      actorId,
      action: "snapshot.add",
      entityType: input.sourceId ? "source" : "hop",
      entityId: (input.sourceId ?? input.hopId)!,
      after: {
        snapshotId: row.id,
        originalUrl: row.originalUrl,
        archiveUrl: row.archiveUrl,
        contentType: row.contentType,
        byteLength: content.length,
        contentHash,
        capturedAt: row.capturedAt?.toISOString() ?? null,
      },
    });
    const [meta] = await toSnapshotMeta(tx, [row]);
    return meta!;
  });
}

async function snapshotTarget(tx: Tx, input: { sourceId?: string; hopId?: string }) {
  if (input.sourceId) {
    const source = await loadWritableSource(tx, input.sourceId);
    const { url } = await tx.source.findUniqueOrThrow({ where: { id: source.id }, select: { url: true } });
    return { workspaceId: source.workspaceId, originalUrl: url, archiveUrl: null };
  }
  const hop = await tx.hop.findUnique({
    where: { id: input.hopId! },
    select: {
      evidenceUrl: true,
      evidenceArchiveUrl: true,
      claim: { select: { article: { select: { workspaceId: true } } } },
    },
  });
  if (!hop) throw new AppError("NOT_FOUND", `no hop ${input.hopId}; it may have been removed — reload the claim`);
  return {
    workspaceId: hop.claim.article.workspaceId,
    originalUrl: hop.evidenceUrl,
    archiveUrl: hop.evidenceArchiveUrl,
  };
}

export async function listSnapshots(
  db: Db | Tx,
  target: { sourceId?: string; hopId?: string },
): Promise<SnapshotMeta[]> {
  const rows = await db.archiveSnapshot.findMany({
    where: target.sourceId ? { sourceId: target.sourceId } : { hopId: target.hopId! },
    orderBy: [{ capturedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    select: snapshotMetaSelect,
  });
  return toSnapshotMeta(db, rows);
}

/** Sizes come from the database (octet_length), so listing never loads the captures' bytes. */
export async function toSnapshotMeta(db: Db | Tx, rows: SnapshotRow[]): Promise<SnapshotMeta[]> {
  if (rows.length === 0) return [];
  const sizes = await db.$queryRaw<Array<{ id: string; byteLength: number }>>`
    SELECT id::text AS id, octet_length(content)::int AS "byteLength" FROM archive_snapshot WHERE id::text IN (${Prisma.join(rows.map((row) => row.id))})`;
  const creatorIds = [...new Set(rows.map((row) => row.createdById).filter((id): id is string => id !== null))];
  const creators = creatorIds.length
    ? await db.user.findMany({ where: { id: { in: creatorIds } }, select: { id: true, name: true } })
    : [];
  return rows.map(({ createdById, ...row }) => ({
    ...row,
    capturedAt: row.capturedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    byteLength: sizes.find((size) => size.id === row.id)?.byteLength ?? 0,
    createdBy: creators.find((user) => user.id === createdById) ?? null,
  }));
}

export type SnapshotDownload = {
  content: Uint8Array;
  contentHash: string;
  contentType: string;
  originalUrl: string | null;
  capturedAt: string | null;
};

/** For the download route: members of the snapshot's workspace only; the bytes must still match their hash. */
export async function readSnapshotForDownload(db: Db, snapshotId: string, reader: Reader): Promise<SnapshotDownload> {
  if (!reader) throw new AppError("UNAUTHORIZED", "sign in to download archived captures");
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(snapshotId))
    throw new AppError("INVALID", "the capture id must be a UUID");
  const meta = await db.archiveSnapshot.findUnique({ where: { id: snapshotId }, select: { workspaceId: true } });
  const membership = meta
    ? await db.membership.findUnique({
        where: { workspaceId_userId: { workspaceId: meta.workspaceId, userId: reader.userId } },
        select: { role: true },
      })
    : null;
  // Another workspace's capture and a missing one get the same answer, so ids cannot be probed.
  if (!meta || !membership) throw new AppError("NOT_FOUND", "no such archived capture; it may have been deleted");
  const row = await db.archiveSnapshot.findUniqueOrThrow({
    where: { id: snapshotId },
    select: { content: true, contentHash: true, contentType: true, originalUrl: true, capturedAt: true },
  });
  if (sha256Hex(row.content) !== row.contentHash) {
    throw new AppError(
      "UNAVAILABLE",
      `the stored capture no longer matches its sha256 (${row.contentHash}); it cannot be served as evidence — tell whoever runs Claimtrail`,
    );
  }
  return { ...row, capturedAt: row.capturedAt?.toISOString() ?? null };
}
