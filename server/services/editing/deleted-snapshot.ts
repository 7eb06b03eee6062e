// What a delete keeps in its audit record so that it can be undone: every field of the claim or
// hop, its named sources and tags, and the ids of the archived captures it held (detached, not
// deleted, so their bytes survive the delete). Written and read inside the same transactions.
import { z } from "zod";
import { HopRelation } from "@/lib/vocabulary";
import type { Prisma } from "@/server/database/prisma";
import { hopFieldsSelect } from "../sourcing/claim-sourcing-select";

export const hopSnapshotSelect = {
  id: true,
  fromSourceId: true,
  toSourceId: true,
  ...hopFieldsSelect,
} satisfies Prisma.HopSelect;

export const claimSnapshotSelect = {
  id: true,
  articleId: true,
  startOffset: true,
  endOffset: true,
  exact: true,
  prefix: true,
  suffix: true,
  kind: true,
  status: true,
  speakerId: true,
  cue: true,
  note: true,
  primaryRecord: true,
  primaryRecordNote: true,
  primaryRecordSourceId: true,
  anchorState: true,
  anchorVersion: true,
  previousExact: true,
  version: true,
  hops: { orderBy: { position: "asc" }, select: hopSnapshotSelect },
  namedSources: { select: { sourceId: true, position: true, mentionedAs: true } },
  tags: { select: { termId: true } },
} satisfies Prisma.ClaimSelect;

type HopRow = Prisma.HopGetPayload<{ select: typeof hopSnapshotSelect }>;
type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSnapshotSelect }>;

const HopSnapshot = z.object({
  id: z.string(),
  fromSourceId: z.string(),
  toSourceId: z.string().nullable(),
  relation: HopRelation,
  relationTermId: z.string().nullable(),
  firstHand: z.boolean(),
  confidence: z.number(),
  evidenceUrl: z.string().nullable(),
  evidenceArchiveUrl: z.string().nullable(),
  evidenceQuote: z.string().nullable(),
  evidenceNote: z.string().nullable(),
  occurredAt: z.string().nullable(),
  standing: z.enum(["ACTIVE", "CORRECTED", "RETRACTED"]),
  position: z.number().int(),
});
export type HopSnapshot = z.infer<typeof HopSnapshot>;

export const DeletedHop = z.object({ claimId: z.string(), hop: HopSnapshot, captureIds: z.array(z.string()) });
export type DeletedHop = z.infer<typeof DeletedHop>;

export const DeletedClaim = z.object({
  claim: z.object({
    id: z.string(),
    articleId: z.string(),
    startOffset: z.number().int(),
    endOffset: z.number().int(),
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string(),
    kind: z.enum(["DIRECT_QUOTE", "PARAPHRASE", "UNATTRIBUTED"]),
    status: z.enum(["ASSERTED", "CORROBORATED", "DISPUTED", "DENIED", "CORRECTED", "RETRACTED"]),
    speakerId: z.string().nullable(),
    cue: z.string().nullable(),
    note: z.string().nullable(),
    primaryRecord: z.enum(["AVAILABLE", "NOT_AVAILABLE", "UNKNOWN"]),
    primaryRecordNote: z.string().nullable(),
    primaryRecordSourceId: z.string().nullable(),
    anchorState: z.enum(["ANCHORED", "NEEDS_REVIEW"]),
    anchorVersion: z.number().int(),
    previousExact: z.string().nullable(),
    version: z.number().int(),
  }),
  hops: z.array(HopSnapshot),
  namedSources: z.array(
    z.object({ sourceId: z.string(), position: z.number().int(), mentionedAs: z.string().nullable() }),
  ),
  termIds: z.array(z.string()),
  captureIds: z.array(z.string()),
});
export type DeletedClaim = z.infer<typeof DeletedClaim>;

export function snapshotHop(hop: HopRow): HopSnapshot {
  return { ...hop, occurredAt: hop.occurredAt?.toISOString() ?? null };
}

export function snapshotClaim(row: ClaimRow, captureIds: string[]): DeletedClaim {
  const { hops, namedSources, tags, ...claim } = row;
  return { claim, hops: hops.map(snapshotHop), namedSources, termIds: tags.map((tag) => tag.termId), captureIds };
}

/** Detaches the captures of the given hops from them (a hop's delete would cascade to them). */
export async function detachCaptures(tx: Prisma.TransactionClient, hopIds: string[]): Promise<string[]> {
  if (hopIds.length === 0) return [];
  const captures = await tx.archiveSnapshot.findMany({
    where: { hopId: { in: hopIds } },
    select: { id: true, hopId: true },
  });
  await tx.archiveSnapshot.updateMany({ where: { hopId: { in: hopIds } }, data: { hopId: null } });
  return captures.map((capture) => `${capture.hopId}:${capture.id}`);
}

/** Puts detached captures back on the hops they came from ("hopId:captureId" pairs). */
export async function reattachCaptures(tx: Prisma.TransactionClient, pairs: string[]): Promise<void> {
  for (const pair of pairs) {
    const [hopId, id] = pair.split(":") as [string, string];
    await tx.archiveSnapshot.updateMany({ where: { id, hopId: null }, data: { hopId } });
  }
}
