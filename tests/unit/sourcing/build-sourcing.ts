// Hand-built sourcing objects (what the sourcing procedures return) for tests without a database.
import type { ImportPlan } from "@/lib/annotation/plan-import";
import type { SourceRef } from "@/lib/articles/schemas";
import { slugify } from "@/lib/articles/slugify";
import { anchorQuotedSpan, anchorSpan } from "@/lib/claims/text-anchor";
import { analyzeClaim } from "@/lib/provenance/analyze-claim";
import type { ClaimGraph } from "@/lib/provenance/graph";
import { ArticleSourcing, ClaimSourcing } from "@/lib/sourcing/schemas";
import type { ClaimKind, ClaimStatus, HopRelation, PrimaryRecord, StandingStatus } from "@/lib/vocabulary";

type HopInput = {
  from: string;
  /** null: the article. */
  to: string | null;
  relation: HopRelation;
  firstHand: boolean;
  confidence: number;
  standing?: StandingStatus;
};

export type ClaimInput = {
  id: string;
  articleId?: string;
  body: string;
  quote: string;
  /** Defaults to the first occurrence of the quote. */
  start?: number;
  kind: ClaimKind;
  status?: ClaimStatus;
  speakerId: string | null;
  /** Every source the claim may refer to; ids are looked up here. */
  sources: SourceRef[];
  hops: HopInput[];
  namedSources?: Array<{ id: string; mentionedAs: string | null }>;
  primaryRecord?: PrimaryRecord;
  primaryRecordNote?: string | null;
  primaryRecordSourceId?: string | null;
  cue?: string | null;
  note?: string | null;
};

export function makeClaimSourcing(input: ClaimInput): ClaimSourcing {
  const ref = (id: string): SourceRef => {
    const source = input.sources.find((candidate) => candidate.id === id);
    if (!source) throw new Error(`unknown source ${id}`);
    return { id: source.id, name: source.name, type: source.type };
  };
  const anchor =
    input.start === undefined
      ? anchorSpan(input.body, input.body.indexOf(input.quote), input.body.indexOf(input.quote) + input.quote.length)
      : anchorQuotedSpan(input.body, input.start, input.start + input.quote.length, input.quote);
  const hops = input.hops.map((hop, position) => ({
    id: `${input.id}-hop-${position + 1}`,
    from: ref(hop.from),
    to: hop.to === null ? null : ref(hop.to),
    relation: hop.relation,
    firstHand: hop.firstHand,
    confidence: hop.confidence,
    evidenceUrl: null,
    evidenceArchiveUrl: null,
    evidenceQuote: null,
    evidenceNote: null,
    occurredAt: null,
    standing: hop.standing ?? "ACTIVE",
    position,
  }));
  const used = new Set([
    ...(input.speakerId ? [input.speakerId] : []),
    ...input.hops.flatMap((hop) => [hop.from, ...(hop.to ? [hop.to] : [])]),
  ]);
  const graph: ClaimGraph = {
    claimId: input.id,
    speakerId: input.speakerId,
    sources: input.sources
      .filter((source) => used.has(source.id))
      .map((source) => ({ ...ref(source.id), standing: "ACTIVE" })),
    hops: hops.map((hop) => ({
      id: hop.id,
      from: hop.from.id,
      to: hop.to?.id ?? null,
      relation: hop.relation,
      firstHand: hop.firstHand,
      confidence: hop.confidence,
      standing: hop.standing,
    })),
    primaryRecord: input.primaryRecord ?? "UNKNOWN",
    primaryRecordNote: input.primaryRecordNote ?? null,
  };
  return ClaimSourcing.parse({
    id: input.id,
    articleId: input.articleId ?? "article-1",
    start: anchor.start,
    end: anchor.end,
    quote: anchor.exact,
    prefix: anchor.prefix,
    suffix: anchor.suffix,
    kind: input.kind,
    status: input.status ?? "ASSERTED",
    stance: "ASSERTS",
    publishedAt: null,
    speaker: input.speakerId ? ref(input.speakerId) : null,
    cue: input.cue ?? null,
    unfinishedHopIds: [],
    note: input.note ?? null,
    primaryRecord: graph.primaryRecord,
    primaryRecordNote: graph.primaryRecordNote,
    primaryRecordSource: input.primaryRecordSourceId ? ref(input.primaryRecordSourceId) : null,
    namedSources: (input.namedSources ?? []).map((named) => ({ ...ref(named.id), mentionedAs: named.mentionedAs })),
    hops,
    version: 1,
    graph,
    provenance: analyzeClaim(graph),
  });
}

/** An imported annotation as the sourcing procedures would return it once stored (source keys as ids). */
export function sourcingFromPlan(
  plan: ImportPlan,
  article: { id?: string; publishedAt?: string | null } = {},
): ArticleSourcing {
  const articleId = article.id ?? "article-1";
  const sources = plan.sources.map((source) => ({ id: source.key, name: source.name, type: source.type }));
  return ArticleSourcing.parse({
    article: {
      id: articleId,
      workspaceId: "workspace-1",
      slug: slugify(plan.article.title),
      title: plan.article.title,
      publisher: plan.article.publisher,
      url: plan.article.url,
      publishedAt: article.publishedAt ?? plan.article.publishedAt,
      language: plan.article.language,
      status: "PUBLISHED",
      version: 1,
      body: plan.article.body,
    },
    sources: plan.sources.map((source) => ({
      id: source.key,
      name: source.name,
      type: source.type,
      url: source.url,
      // An imported note is internal (it is stored as the internal note): readers get none.
      publicNote: null,
      standing: "ACTIVE",
    })),
    claims: plan.claims.map((claim, index) =>
      makeClaimSourcing({
        id: `claim-${index + 1}`,
        articleId,
        body: plan.article.body,
        quote: claim.quote,
        start: claim.anchor.start,
        kind: claim.kind,
        status: claim.status,
        speakerId: claim.speakerKey,
        sources,
        hops: [...claim.hops]
          .sort((a, b) => a.position - b.position)
          .map((hop) => ({
            from: hop.fromKey,
            to: hop.toKey,
            relation: hop.relation,
            firstHand: hop.firstHand,
            confidence: hop.confidence,
          })),
        namedSources: claim.namedSources.map((named) => ({ id: named.key, mentionedAs: named.mentionedAs })),
        primaryRecord: claim.primaryRecord,
        primaryRecordNote: claim.primaryRecordNote,
        primaryRecordSourceId: claim.primaryRecordSourceKey,
        cue: claim.cue,
        note: claim.note,
      }),
    ),
  });
}
