// Why a claim is shown as disputed or withdrawn, in a sentence or two for readers.
import type { ClaimGraph } from "../provenance/graph";
import { indexGraph, nameNode } from "../provenance/graph-index";
import type { ClaimStatus } from "../vocabulary";
import { ARTICLE_WORDS } from "../words/display-words";
import { joinNames } from "../words/phrasing";

const STATUS_SENTENCE: Partial<Record<ClaimStatus, string>> = {
  DISPUTED: "This claim is disputed.",
  DENIED: "This claim has been denied.",
  CORRECTED: "This claim has been corrected.",
  RETRACTED: "This claim has been retracted.",
};

/** null when nothing about the claim is disputed or withdrawn. */
export function describeDispute(claim: { status: ClaimStatus; graph: ClaimGraph }): string | null {
  const index = indexGraph(claim.graph);
  const retracted = [
    ...claim.graph.sources.filter((source) => source.standing === "RETRACTED").map((source) => source.name),
    ...claim.graph.hops
      .filter((hop) => hop.standing === "RETRACTED")
      .map(
        (hop) => `the link ${nameNode(index, hop.from)} → ${hop.to === null ? ARTICLE_WORDS : nameNode(index, hop.to)}`,
      ),
  ];
  const sentences = [
    STATUS_SENTENCE[claim.status],
    retracted.length > 0 ? `Retracted since, and no longer counted: ${joinNames(retracted)}.` : undefined,
  ].filter((sentence): sentence is string => Boolean(sentence));
  return sentences.length > 0 ? sentences.join(" ") : null;
}
