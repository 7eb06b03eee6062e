// An article's full sourcing: every claim with its graph and derived provenance, read in one
// statement whatever the number of claims (two for a member reading a draft; tests/integration/
// trpc-sourcing.test.ts).
import type { ArticleRef } from "@/lib/articles/schemas";
import { AppError } from "@/lib/errors";
import { deriveProvenance } from "@/lib/provenance/derive-provenance";
import type { ArticleSourcing, ClaimPageSourcing, ClaimSourcing } from "@/lib/sourcing/schemas";
import type { Db } from "@/server/database/open-database";
import { checkReadable, findArticleMeta, type Reader } from "../articles/find-article";
import { readArticleWithClaims } from "./article-claims-query";
import { type ClaimSourcingRow, claimSourcingSelect, sourcesOf, toClaimGraph } from "./claim-sourcing-select";
import { readableClaims } from "./readable-articles";

export async function getArticleSourcing(db: Db, ref: ArticleRef, reader: Reader): Promise<ArticleSourcing> {
  const read = await readArticleWithClaims(db, ref, reader);
  await checkReadable(db, ref, read?.article ?? null, reader);
  const { article, claims: rows } = read!;
  return { article, sources: sourcesOf(rows), claims: rows.map(toClaimSourcing) };
}

export async function getClaimSourcing(db: Db, claimId: string, reader: Reader): Promise<ClaimPageSourcing> {
  const row = await db.claim.findFirst({
    where: { AND: [{ id: claimId }, readableClaims(reader)] },
    select: { ...claimSourcingSelect, article: { select: { id: true } } },
  });
  // An unpublished claim does not exist for readers outside its workspace, like a draft article.
  if (!row) throw new AppError("NOT_FOUND", `no claim ${claimId}`);
  const meta = await findArticleMeta(db, { id: row.article.id }, reader);
  // Its sources with their standing notes, so the claim's page says what the article's panel
  // says about a corrected or retracted one.
  return { ...toClaimSourcing(row), article: { slug: meta.slug, title: meta.title }, sources: sourcesOf([row]) };
}

export function toClaimSourcing(row: ClaimSourcingRow): ClaimSourcing {
  const { graph, provenance, unfinishedHopIds } = deriveProvenance(toClaimGraph(row));
  const ref = (source: { id: string; name: string; type: ClaimSourcing["hops"][number]["from"]["type"] }) => ({
    id: source.id,
    name: source.name,
    type: source.type,
  });
  return {
    id: row.id,
    articleId: row.articleId,
    start: row.startOffset,
    end: row.endOffset,
    quote: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    kind: row.kind,
    status: row.status,
    stance: row.stance,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    speaker: row.speaker ? ref(row.speaker) : null,
    cue: row.cue,
    note: row.note,
    primaryRecord: row.primaryRecord,
    primaryRecordNote: row.primaryRecordNote,
    primaryRecordSource: row.primaryRecordSource ? ref(row.primaryRecordSource) : null,
    namedSources: row.namedSources.map((named) => ({ ...ref(named.source), mentionedAs: named.mentionedAs })),
    hops: row.hops.map((hop) => ({
      ...hop,
      occurredAt: hop.occurredAt?.toISOString() ?? null,
      from: ref(hop.from),
      to: hop.to ? ref(hop.to) : null,
    })),
    version: row.version,
    reviewState: row.reviewState,
    anchorState: row.anchorState,
    previousExact: row.previousExact,
    graph,
    provenance,
    unfinishedHopIds: [...unfinishedHopIds],
  };
}
