// A draft the editor accepted, as the rows to write: its sources (one per name) and the claim
// with exactly the hops listDraftHops derives, the ones the editor was shown.
import type { PlannedClaim } from "../annotation/plan-import";
import type { PlannedSource } from "../annotation/source-registry";
import type { TextAnchor } from "../claims/text-anchor";
import { normalizeSourceName } from "../sources/normalize-source-name";
import { draftGraph } from "./analyze-draft";
import { type ClaimDraft, type DraftSource, listDraftHops } from "./claim-draft";

export function planDraftClaim(
  draft: ClaimDraft,
  anchor: TextAnchor,
): { sources: PlannedSource[]; claim: PlannedClaim } {
  const sources = new Map<string, PlannedSource>();
  const keyOf = (source: DraftSource) => {
    const key = normalizeSourceName(source.name);
    if (!sources.has(key)) sources.set(key, { key, name: source.name, type: source.type, url: null, notes: null });
    return key;
  };
  const keys = new Map([draft.speaker, ...draft.steps.flat()].filter((s) => s !== null).map((s) => [s.name, keyOf(s)]));
  const named = [...draft.steps.flat(), ...draft.unplaced].map((source) => ({
    key: keyOf(source),
    mentionedAs: source.name,
  }));
  const hops = listDraftHops(draft).map((hop, position) => ({
    fromKey: keys.get(hop.from)!,
    toKey: hop.to === null ? null : keys.get(hop.to)!,
    relation: hop.relation,
    firstHand: hop.firstHand,
    confidence: hop.confidence,
    position,
  }));
  return {
    sources: [...sources.values()],
    claim: {
      quote: draft.text,
      anchor,
      kind: draft.kind,
      status: draft.status,
      stance: draft.stance,
      speakerKey: draft.speaker ? keys.get(draft.speaker.name)! : null,
      cue: draft.cue || null,
      note: null,
      indirect: draft.indirect,
      namedSources: [...new Map(named.map((entry) => [entry.key, entry])).values()],
      primaryRecord: "UNKNOWN",
      primaryRecordNote: null,
      primaryRecordSourceKey: null,
      hops,
      graph: draftGraph(draft),
    },
  };
}
