// A source's page: what it is, its standing, and every claim in its workspace that passes
// through it, with the part it plays. One query for the source, one batched load for claims.
import { AppError } from "@/lib/errors";
import { rolesOfSource } from "@/lib/sources/roles-of-source";
import type { SourcePage } from "@/lib/sourcing/schemas";
import type { Db } from "@/server/database/open-database";
import type { Reader } from "../articles/find-article";
import { claimSourcingSelect } from "../sourcing/claim-sourcing-select";
import { toClaimSourcing } from "../sourcing/get-article-sourcing";
import { readableArticles, readableClaims } from "../sourcing/readable-articles";

export async function getSourcePage(db: Db, sourceId: string, reader: Reader): Promise<SourcePage> {
  const source = await db.source.findUnique({
    where: { id: sourceId },
    select: {
      id: true,
      workspaceId: true,
      name: true,
      type: true,
      url: true,
      notes: true,
      standing: true,
      standingNote: true,
    },
  });
  if (!source) throw new AppError("NOT_FOUND", `no source ${sourceId}`);

  const rows = await db.claim.findMany({
    where: {
      article: { AND: [{ workspaceId: source.workspaceId }, readableArticles(reader)] },
      AND: [readableClaims(reader)],
      OR: [
        { speakerId: sourceId },
        { primaryRecordSourceId: sourceId },
        { hops: { some: { OR: [{ fromSourceId: sourceId }, { toSourceId: sourceId }] } } },
        { namedSources: { some: { sourceId } } },
      ],
    },
    orderBy: [{ article: { createdAt: "desc" } }, { startOffset: "asc" }],
    select: { ...claimSourcingSelect, article: { select: { slug: true, title: true } } },
  });
  // Outside its workspace a source is known only through the published claims that use it.
  if (rows.length === 0 && !(await isMember(db, source.workspaceId, reader))) {
    throw new AppError("NOT_FOUND", `no source ${sourceId}`);
  }

  const { workspaceId: _workspace, ...detail } = source;
  return {
    source: detail,
    claims: rows.map((row) => {
      const claim = toClaimSourcing(row);
      return {
        claimId: claim.id,
        quote: claim.quote,
        article: row.article,
        roles: rolesOfSource(claim, sourceId),
        directness: claim.provenance.directness,
        summary: claim.provenance.summary,
      };
    }),
  };
}

async function isMember(db: Db, workspaceId: string, reader: Reader): Promise<boolean> {
  if (!reader) return false;
  return (await db.membership.count({ where: { workspaceId, userId: reader.userId } })) > 0;
}
