// One select that loads claims with their speaker, hops and named sources: Prisma runs it as a
// fixed number of queries (one per relation level), whatever the number of claims or hops.
import type { ClaimGraph } from "@/lib/provenance/graph";
import type { Prisma } from "@/server/database/prisma";

const sourceSelect = {
  id: true,
  name: true,
  type: true,
  url: true,
  // Read by the public: the internal note is never selected here.
  publicNote: true,
  standing: true,
  standingNote: true,
} satisfies Prisma.SourceSelect;

/** A hop's own fields, besides its id and its two ends (read here, and kept by a delete's snapshot). */
export const hopFieldsSelect = {
  relation: true,
  relationTermId: true,
  firstHand: true,
  confidence: true,
  evidenceUrl: true,
  evidenceArchiveUrl: true,
  evidenceQuote: true,
  evidenceNote: true,
  occurredAt: true,
  standing: true,
  position: true,
} satisfies Prisma.HopSelect;

export const claimSourcingSelect = {
  id: true,
  articleId: true,
  startOffset: true,
  endOffset: true,
  exact: true,
  prefix: true,
  suffix: true,
  kind: true,
  status: true,
  stance: true,
  publishedAt: true,
  cue: true,
  note: true,
  primaryRecord: true,
  primaryRecordNote: true,
  version: true,
  reviewState: true,
  anchorState: true,
  previousExact: true,
  speaker: { select: sourceSelect },
  primaryRecordSource: { select: sourceSelect },
  namedSources: { orderBy: { position: "asc" }, select: { mentionedAs: true, source: { select: sourceSelect } } },
  hops: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      ...hopFieldsSelect,
      from: { select: sourceSelect },
      to: { select: sourceSelect },
    },
  },
} satisfies Prisma.ClaimSelect;

export type ClaimSourcingRow = Prisma.ClaimGetPayload<{ select: typeof claimSourcingSelect }>;
type SourceRow = NonNullable<ClaimSourcingRow["speaker"]>;

export function toClaimGraph(row: ClaimSourcingRow): ClaimGraph {
  const sources = new Map<string, SourceRow>();
  if (row.speaker) sources.set(row.speaker.id, row.speaker);
  for (const hop of row.hops) {
    sources.set(hop.from.id, hop.from);
    if (hop.to) sources.set(hop.to.id, hop.to);
  }
  return {
    claimId: row.id,
    speakerId: row.speaker?.id ?? null,
    sources: [...sources.values()].map(({ id, name, type, standing }) => ({ id, name, type, standing })),
    hops: row.hops.map((hop) => ({
      id: hop.id,
      from: hop.from.id,
      to: hop.to?.id ?? null,
      relation: hop.relation,
      firstHand: hop.firstHand,
      confidence: hop.confidence,
      standing: hop.standing,
    })),
    primaryRecord: row.primaryRecord,
    primaryRecordNote: row.primaryRecordNote,
  };
}

// What localeCompare does without arguments, made once: localeCompare makes a collator per call,
// the largest part of sorting an article's sources.
const byName = new Intl.Collator();

export function sourcesOf(rows: ClaimSourcingRow[]): SourceRow[] {
  const sources = new Map<string, SourceRow>();
  for (const row of rows) {
    for (const source of [
      row.speaker,
      row.primaryRecordSource,
      ...row.namedSources.map((named) => named.source),
      ...row.hops.flatMap((hop) => [hop.from, hop.to]),
    ]) {
      if (source) sources.set(source.id, source);
    }
  }
  return [...sources.values()].sort((a, b) => byName.compare(a.name, b.name));
}
