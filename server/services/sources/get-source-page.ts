// A source's page: what it is, its standing, and the claims of its workspace that pass through
// it, with the part it plays, one keyset page at a time (claims-of-source.ts): a wire agency
// used by thousands of claims costs what a source used by a few does.
import { AppError } from "@/lib/errors";
import { rolesOfSource } from "@/lib/sources/roles-of-source";
import type { SourcePage } from "@/lib/sourcing/schemas";
import type { Db } from "@/server/database/open-database";
import type { Reader } from "../articles/find-article";
import { claimSourcingSelect } from "../sourcing/claim-sourcing-select";
import { findClaimIdsOfSource } from "../sourcing/claims-of-source";
import { toClaimSourcing } from "../sourcing/to-claim-sourcing";

/** Claims per page of a source. */
const SOURCE_PAGE_SIZE = 50;

export async function getSourcePage(
  db: Db,
  sourceId: string,
  reader: Reader,
  page: { after?: string | null; limit?: number } = {},
): Promise<SourcePage> {
  const source = await db.source.findUnique({
    where: { id: sourceId },
    select: {
      id: true,
      workspaceId: true,
      name: true,
      type: true,
      url: true,
      publicNote: true,
      standing: true,
      standingNote: true,
    },
  });
  if (!source) throw new AppError("NOT_FOUND", `no source ${sourceId}`);
  const member = await isMember(db, source.workspaceId, reader);
  const limit = page.limit ?? SOURCE_PAGE_SIZE;
  // One more than shown tells whether another page follows.
  const ids = await findClaimIdsOfSource(db, {
    sourceId,
    after: page.after,
    limit: limit + 1,
    everyClaim: member,
    roles: "all",
  });
  // Outside its workspace a source is known only through the published claims that use it.
  if (!member && ids.length === 0 && !(page.after && (await hasReadableClaim(db, sourceId)))) {
    throw new AppError("NOT_FOUND", `no source ${sourceId}`);
  }
  const shown = ids.slice(0, limit);
  const rows = await db.claim.findMany({
    where: { id: { in: shown } },
    // Within a page, claims read article by article, in the order of the text.
    orderBy: [{ article: { createdAt: "desc" } }, { articleId: "asc" }, { startOffset: "asc" }],
    select: { ...claimSourcingSelect, article: { select: { slug: true, title: true } } },
  });

  const { workspaceId: _workspace, ...detail } = source;
  return {
    source: detail,
    claims: rows.map((row) => {
      const claim = toClaimSourcing(row);
      return {
        claimId: claim.id,
        quote: claim.quote,
        kind: claim.kind,
        stance: claim.stance,
        speakerName: claim.speaker?.name ?? null,
        article: row.article,
        roles: rolesOfSource(claim, sourceId),
        directness: claim.provenance.directness,
        summary: claim.provenance.summary,
      };
    }),
    nextCursor: ids.length > limit ? shown.at(-1)! : null,
  };
}

async function hasReadableClaim(db: Db, sourceId: string): Promise<boolean> {
  return (await findClaimIdsOfSource(db, { sourceId, limit: 1, everyClaim: false, roles: "all" })).length > 0;
}

async function isMember(db: Db, workspaceId: string, reader: Reader): Promise<boolean> {
  if (!reader) return false;
  return (await db.membership.count({ where: { workspaceId, userId: reader.userId } })) > 0;
}
