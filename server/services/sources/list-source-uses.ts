// Where a source is used: the claims whose hops name it, or that it speaks, is the primary record of
// or is named in (as the impact preview counts them), newest first in keyset pages, and the
// articles holding them. Four queries per page, whatever the number of claims.
import { AppError } from "@/lib/errors";
import { decodeCursor, encodeCursor } from "@/lib/pagination/keyset-cursor";
import { MAX_USE_ARTICLES, type SourceUsesPage } from "@/lib/sources/rename-and-uses-schemas";
import { stateClaimBriefly } from "@/lib/words/claim-statement";
import type { Db } from "@/server/database/open-database";

/**
 * One page of the claims whose hops go from or to `sourceId`, or whose speaker, primary record
 * source or a named source it is, with the counts of such claims and
 * articles and the first MAX_USE_ARTICLES of those articles by title.
 * Throws AppError NOT_FOUND (no such source) or INVALID (a cursor from another list).
 */
export async function listSourceUses(
  db: Db,
  input: { sourceId: string; cursor?: string; limit: number },
): Promise<SourceUsesPage> {
  const { sourceId } = input;
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { id: true } });
  if (!source) throw new AppError("NOT_FOUND", `no source ${sourceId}; it may have been deleted`);
  const after = input.cursor ? decodeCursor(input.cursor, ["instant", "id"]) : null;
  const touches = { OR: [{ fromSourceId: sourceId }, { toSourceId: sourceId }] };
  const usesSource = {
    OR: [
      { hops: { some: touches } },
      { speakerId: sourceId },
      { primaryRecordSourceId: sourceId },
      { namedSources: { some: { sourceId } } },
    ],
  };

  const rows = await db.claim.findMany({
    where: {
      AND: [
        usesSource,
        ...(after
          ? [
              { createdAt: { lte: new Date(after[0]!) } },
              { OR: [{ createdAt: { lt: new Date(after[0]!) } }, { id: { lt: after[1]! } }] },
            ]
          : []),
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    select: {
      id: true,
      exact: true,
      kind: true,
      stance: true,
      speakerId: true,
      primaryRecordSourceId: true,
      speaker: { select: { name: true } },
      createdAt: true,
      article: { select: { id: true, slug: true, title: true } },
      hops: { where: touches, select: { fromSourceId: true, toSourceId: true } },
      namedSources: { where: { sourceId }, select: { sourceId: true } },
    },
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const [claimCount, articleCount, articles] = [
    await db.claim.count({ where: usesSource }),
    await db.article.count({ where: { claims: { some: usesSource } } }),
    await db.article.findMany({
      where: { claims: { some: usesSource } },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      take: MAX_USE_ARTICLES,
      select: { id: true, slug: true, title: true, _count: { select: { claims: { where: usesSource } } } },
    }),
  ];
  return {
    claimCount,
    articleCount,
    articles: articles.map(({ _count, ...article }) => ({ ...article, claims: _count.claims })),
    claims: page.map((claim) => ({
      id: claim.id,
      quote: claim.exact,
      statement: stateClaimBriefly({ ...claim, quote: claim.exact, speakerName: claim.speaker?.name ?? null }, 120),
      article: claim.article,
      as: [
        ...(claim.hops.some((hop) => hop.fromSourceId === sourceId) ? (["from"] as const) : []),
        ...(claim.hops.some((hop) => hop.toSourceId === sourceId) ? (["to"] as const) : []),
        ...(claim.speakerId === sourceId ? (["speaker"] as const) : []),
        ...(claim.primaryRecordSourceId === sourceId ? (["primary_record"] as const) : []),
        ...(claim.namedSources.length > 0 ? (["named"] as const) : []),
      ],
    })),
    nextCursor: rows.length > input.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
}
