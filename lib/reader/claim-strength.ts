// The four sourcing classes reader pages highlight claims by. A claim under dispute, or one
// whose sourcing has been retracted, is shown as such whatever its directness: a reader should
// see the doubt before the shape of the chain.
import type { ClaimProvenance } from "../provenance/claim-provenance";
import type { ClaimGraph } from "../provenance/graph";
import type { ClaimStatus } from "../vocabulary";

export const STRENGTHS = ["direct", "indirect", "unattributed", "disputed"] as const;
export type Strength = (typeof STRENGTHS)[number];

export type StrengthInfo = {
  label: string;
  /** Shown in the claim's badge, so that colour is never the only signal. */
  letter: string;
  description: string;
};

export const STRENGTH_INFO: Record<Strength, StrengthInfo> = {
  direct: {
    label: "Direct",
    letter: "D",
    description: "the article had it first-hand from the source, or from the source's own record",
  },
  indirect: {
    label: "Indirect",
    letter: "I",
    description: "it reached the article through someone else: another outlet, a briefing, a go-between",
  },
  unattributed: {
    label: "Unattributed",
    letter: "U",
    description: "the article states it without naming a source",
  },
  disputed: {
    label: "Disputed or withdrawn",
    letter: "!",
    description: "the claim is disputed, denied, corrected or retracted, or a source or link it rests on was retracted",
  },
};

/** Claim statuses that put a claim in the "disputed" class. */
const CONTESTED_STATUSES: ReadonlySet<ClaimStatus> = new Set(["DISPUTED", "DENIED", "CORRECTED", "RETRACTED"]);

export type ClassifiableClaim = {
  status: ClaimStatus;
  graph: Pick<ClaimGraph, "sources" | "hops">;
  provenance: Pick<ClaimProvenance, "directness">;
};

export function classifyClaim(claim: ClassifiableClaim): Strength {
  if (CONTESTED_STATUSES.has(claim.status) || restsOnRetraction(claim.graph)) return "disputed";
  return claim.provenance.directness;
}

/** A retracted source or hop anywhere in the claim's attribution graph. */
export function restsOnRetraction(graph: Pick<ClaimGraph, "sources" | "hops">): boolean {
  return (
    graph.sources.some((source) => source.standing === "RETRACTED") ||
    graph.hops.some((hop) => hop.standing === "RETRACTED")
  );
}
