// The figures a draft's chain would have once saved (independent paths, directness, confidence,
// summary), from the same analysis as saved claims, so the editor sees them before accepting.
import { analyzeClaim } from "../provenance/analyze-claim";
import type { ClaimProvenance } from "../provenance/claim-provenance";
import type { ClaimGraph } from "../provenance/graph";
import { type ClaimDraft, listDraftHops } from "./claim-draft";

export function draftGraph(draft: Pick<ClaimDraft, "speaker" | "steps" | "indirect" | "kind">): ClaimGraph {
  const sources = [draft.speaker, ...draft.steps.flat()].filter((source) => source !== null);
  return {
    claimId: "draft",
    speakerId: draft.speaker?.name ?? null,
    sources: sources.map((source) => ({ id: source.name, name: source.name, type: source.type, standing: "ACTIVE" })),
    hops: listDraftHops(draft).map((hop, index) => ({ id: `hop-${index}`, ...hop, standing: "ACTIVE" })),
    primaryRecord: "UNKNOWN",
    primaryRecordNote: null,
  };
}

export function analyzeDraft(draft: Pick<ClaimDraft, "speaker" | "steps" | "indirect" | "kind">): ClaimProvenance {
  return analyzeClaim(draftGraph(draft));
}
