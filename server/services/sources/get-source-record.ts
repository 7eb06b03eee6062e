// A source as a record, for its page: fields, aliases, reliability history (oldest first, with
// raters), links both ways, captures, the evidence of the hops through it, and its merges.
// A constant number of queries, whatever the size of the record.
import { AppError } from "@/lib/errors";
import { decodeCursor, encodeCursor } from "@/lib/pagination/keyset-cursor";
import { normalizeSourceName } from "@/lib/sources/normalize-source-name";
import { countMoved, MergeMoved } from "@/lib/sources/plan-merge";
import type { MergeView, SourceListPage, SourceRecord } from "@/lib/sources/schemas";
import { stateClaimBriefly } from "@/lib/words/claim-statement";
import type { Db } from "@/server/database/open-database";
import { snapshotMetaSelect, toSnapshotMeta } from "./archive-snapshots";

const EVIDENCE_LIMIT = 100;
const brief = { select: { id: true, name: true, type: true } } as const;
const NO_COUNTS = {
  claims: 0,
  hops: 0,
  namedSources: 0,
  aliases: 0,
  assessments: 0,
  links: 0,
  snapshots: 0,
  dropped: 0,
};

export async function getSourceRecord(db: Db, sourceId: string): Promise<SourceRecord> {
  const row = await db.source.findUnique({
    where: { id: sourceId },
    select: {
      id: true,
      workspaceId: true,
      name: true,
      type: true,
      url: true,
      notes: true,
      publicNote: true,
      language: true,
      country: true,
      standing: true,
      standingNote: true,
      version: true,
      createdAt: true,
      mergedInto: { select: { id: true, name: true } },
      aliases: { orderBy: [{ createdAt: "asc" }, { name: "asc" }], select: { id: true, name: true, createdAt: true } },
      assessments: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          rating: true,
          reason: true,
          createdAt: true,
          ratedBy: { select: { id: true, name: true } },
        },
      },
      linksFrom: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, createdAt: true, to: brief } },
      linksTo: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, createdAt: true, from: brief } },
      snapshots: {
        orderBy: [{ capturedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
        select: snapshotMetaSelect,
      },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", `no source ${sourceId}; it may have been deleted`);

  const touches = { OR: [{ fromSourceId: sourceId }, { toSourceId: sourceId }] };
  const hops = await db.hop.findMany({
    where: touches,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: EVIDENCE_LIMIT,
    select: {
      id: true,
      claimId: true,
      evidenceUrl: true,
      evidenceArchiveUrl: true,
      from: { select: { name: true } },
      to: { select: { name: true } },
      claim: {
        select: {
          exact: true,
          kind: true,
          stance: true,
          speaker: { select: { name: true } },
          article: { select: { id: true, title: true } },
        },
      },
      snapshots: {
        orderBy: [{ capturedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
        select: snapshotMetaSelect,
      },
    },
  });
  const snapshotMetas = await toSnapshotMeta(db, [...row.snapshots, ...hops.flatMap((hop) => hop.snapshots)]);
  const metaOf = (id: string) => snapshotMetas.find((meta) => meta.id === id)!;

  const [claimCount, hopCount, merges] = [
    await db.claim.count({
      where: {
        OR: [
          { speakerId: sourceId },
          { primaryRecordSourceId: sourceId },
          { hops: { some: touches } },
          { namedSources: { some: { sourceId } } },
        ],
      },
    }),
    await db.hop.count({ where: touches }),
    await readMerges(db, sourceId),
  ];

  const { aliases, assessments, linksFrom, linksTo, snapshots, createdAt, ...source } = row;
  const history = assessments.map((assessment) => ({ ...assessment, createdAt: assessment.createdAt.toISOString() }));
  return {
    source: { ...source, createdAt: createdAt.toISOString() },
    aliases: aliases.map((alias) => ({ ...alias, createdAt: alias.createdAt.toISOString() })),
    assessments: history,
    currentRating: history.at(-1)?.rating ?? null,
    links: [
      ...linksFrom.map((link) => ({
        id: link.id,
        kind: link.kind,
        direction: "outgoing" as const,
        other: link.to,
        createdAt: link.createdAt.toISOString(),
      })),
      ...linksTo.map((link) => ({
        id: link.id,
        kind: link.kind,
        direction: "incoming" as const,
        other: link.from,
        createdAt: link.createdAt.toISOString(),
      })),
    ],
    snapshots: snapshots.map((snapshot) => metaOf(snapshot.id)),
    evidence: hops.map((hop) => ({
      hopId: hop.id,
      claimId: hop.claimId,
      quote: hop.claim.exact,
      statement: stateClaimBriefly(
        { ...hop.claim, quote: hop.claim.exact, speakerName: hop.claim.speaker?.name ?? null },
        100,
      ),
      article: hop.claim.article,
      from: hop.from.name,
      to: hop.to?.name ?? null,
      evidenceUrl: hop.evidenceUrl,
      evidenceArchiveUrl: hop.evidenceArchiveUrl,
      snapshots: hop.snapshots.map((snapshot) => metaOf(snapshot.id)),
    })),
    merges,
    usage: { claims: claimCount, hops: hopCount },
  };
}

async function readMerges(db: Db, sourceId: string): Promise<MergeView[]> {
  const rows = await db.sourceMerge.findMany({
    where: { OR: [{ survivorId: sourceId }, { mergedId: sourceId }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      survivorId: true,
      mergedId: true,
      moved: true,
      createdById: true,
      createdAt: true,
      undoneAt: true,
    },
  });
  if (rows.length === 0) return [];
  const sourceIds = [...new Set(rows.flatMap((row) => [row.survivorId, row.mergedId]))];
  const userIds = [...new Set(rows.map((row) => row.createdById).filter((id): id is string => id !== null))];
  const sources = await db.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true, name: true } });
  const users = userIds.length
    ? await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })
    : [];
  const person = (id: string) => sources.find((source) => source.id === id) ?? { id, name: "a deleted source" };
  return rows.map((row) => {
    const moved = MergeMoved.safeParse(row.moved);
    return {
      id: row.id,
      role: row.survivorId === sourceId ? ("survivor" as const) : ("merged" as const),
      survivor: person(row.survivorId),
      merged: person(row.mergedId),
      moved: moved.success ? countMoved(moved.data) : NO_COUNTS,
      createdBy: users.find((user) => user.id === row.createdById) ?? null,
      createdAt: row.createdAt.toISOString(),
      undoneAt: row.undoneAt?.toISOString() ?? null,
    };
  });
}

/**
 * One page of a workspace's sources by name (source_workspace_id_name_id_idx), optionally those
 * whose name or an alias contains the folded words of `query`.
 */
export async function listSourceRecords(
  db: Db,
  input: { workspaceId: string; includeMerged: boolean; query: string; cursor?: string; limit: number },
): Promise<SourceListPage> {
  const after = input.cursor ? decodeCursor(input.cursor, ["name", "id"]) : null;
  const wanted = normalizeSourceName(input.query);
  const rows = await db.source.findMany({
    where: {
      workspaceId: input.workspaceId,
      ...(input.includeMerged ? {} : { mergedIntoId: null }),
      ...(wanted
        ? {
            OR: [
              { normalizedName: { contains: wanted } },
              { aliases: { some: { normalizedName: { contains: wanted } } } },
            ],
          }
        : {}),
      // "name >= x" bounds the index range; the OR only breaks ties within it.
      ...(after
        ? { AND: [{ name: { gte: after[0]! } }, { OR: [{ name: { gt: after[0]! } }, { id: { gt: after[1]! } }] }] }
        : {}),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: input.limit + 1,
    select: {
      id: true,
      name: true,
      type: true,
      standing: true,
      mergedInto: { select: { id: true, name: true } },
      aliases: { orderBy: { name: "asc" }, select: { name: true } },
      assessments: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { rating: true } },
    },
  });
  const shown = rows.slice(0, input.limit);
  const last = shown.at(-1);
  return {
    items: shown.map(({ aliases, assessments, ...source }) => ({
      ...source,
      aliases: aliases.map((alias) => alias.name),
      currentRating: assessments[0]?.rating ?? null,
    })),
    nextCursor: rows.length > input.limit && last ? encodeCursor([last.name, last.id]) : null,
  };
}
