// One plain sentence for a reader about a claim that reached the article second-hand: whom the
// article relies on, and whether those reports are really one account. Built from the paths,
// independent paths and primary record of the provenance analysis, never from annotation notes.
import type { ClaimProvenance } from "../provenance/claim-provenance";
import type { ClaimGraph } from "../provenance/graph";
import { type GraphIndex, indexGraph, nameNode } from "../provenance/graph-index";
import { ratePath } from "../provenance/rate-hop";
import { joinNames } from "../words/phrasing";

export type DescribableClaim = {
  graph: ClaimGraph;
  provenance: Pick<ClaimProvenance, "directness" | "paths" | "independentPaths" | "primaryRecord">;
};

const LEAD = "Reported second-hand:";
const RECORD_SENTENCE = {
  available: " A primary record of the original words is available.",
  not_available: " No recording or other primary record of the original words is available.",
  unknown: "",
} as const;

/** null unless the claim is indirect. */
export function describeIndirectReporting(claim: DescribableClaim): string | null {
  const { provenance } = claim;
  if (provenance.directness !== "indirect") return null;
  const index = indexGraph(claim.graph);
  const paths = provenance.paths.filter((path) => ratePath(index, path).supported);
  if (paths.length === 0) {
    return `${LEAD} every route by which this claim reached the article has been retracted, so nothing on record still supports it.`;
  }
  const tellers = unique(paths.map((path) => path.at(-1)!));
  const names = (ids: readonly string[]) => joinNames(ids.map((id) => nameNode(index, id)));
  if (tellers.length === 1) return describeOneTeller(index, paths, provenance);

  const relied = `${LEAD} this article relies on ${names(tellers)}`;
  if (provenance.independentPaths >= 2) {
    return `${relied}, whose reports trace back along ${provenance.independentPaths} independent lines of sourcing.${RECORD_SENTENCE[provenance.primaryRecord]}`;
  }
  const shared = findSharedSource(paths, tellers);
  const all = tellers.length === 2 ? "both" : "all";
  if (!shared) return `${relied}, whose reports all trace back to one line of sourcing: not independent confirmation.`;
  const unrecorded = provenance.primaryRecord === "not_available" ? "unrecorded " : "";
  return `${relied}, who ${all} relied on a single ${unrecorded}source, ${nameNode(index, shared)}: ${tellers.length} reports of one account, not independent confirmation.`;
}

/** "… relies on A, who had it from B, who had it from C." along the shortest supporting path. */
function describeOneTeller(
  index: GraphIndex,
  paths: readonly string[][],
  provenance: DescribableClaim["provenance"],
): string {
  const shortest = [...paths].sort((a, b) => a.length - b.length)[0]!;
  const teller = shortest.at(-1)!;
  const upstream = unique(paths.map((path) => path.at(-2)).filter((id): id is string => id !== undefined));
  let chain: string;
  if (upstream.length > 1) {
    chain = `${nameNode(index, teller)}, who had it from ${joinNames(upstream.map((id) => nameNode(index, id)))}`;
  } else {
    chain = [...shortest]
      .reverse()
      .map((id, i) => (i === 0 ? nameNode(index, id) : `who had it from ${nameNode(index, id)}`))
      .join(", ");
  }
  return `${LEAD} this article relies on ${chain}.${RECORD_SENTENCE[provenance.primaryRecord]}`;
}

/** The source nearest the article that every path passes through, other than the tellers. */
function findSharedSource(paths: readonly string[][], tellers: readonly string[]): string | null {
  const first = paths[0]!;
  for (let i = first.length - 1; i >= 0; i--) {
    const id = first[i]!;
    if (!tellers.includes(id) && paths.every((path) => path.includes(id))) return id;
  }
  return null;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
