// A claim's answer to readers from its row (claimSourcingSelect's shape): its fields, its hops
// with both ends named, and its graph with the provenance derived from it.
import { deriveProvenance } from "@/lib/provenance/derive-provenance";
import type { ClaimSourcing } from "@/lib/sourcing/schemas";
import { type ClaimSourcingRow, toClaimGraph } from "./claim-sourcing-select";

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
