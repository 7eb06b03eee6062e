// A claim's provenance as readers see it: the analysis of the finished part of its graph and
// the hops left unfinished. The analysis is a pure function of the graph, and readers read the
// same unchanged claims over and over (an article page derives all of its claims at each
// read), so each distinct graph is analysed once and kept in this process's memory, least
// recently used out first. The key is the whole graph by value: a changed hop, source name,
// standing or primary record is another key, so nothing stale is ever returned.
import { LRUCache } from "lru-cache";
import { freezeDeep } from "../freeze-deep";
import { analyzeClaim } from "./analyze-claim";
import type { ClaimProvenance } from "./claim-provenance";
import type { ClaimGraph } from "./graph";
import { splitUnfinishedHops } from "./split-unfinished-hops";

export type DerivedProvenance = Readonly<{
  /** The graph itself, one frozen object per distinct graph. */
  graph: ClaimGraph;
  provenance: ClaimProvenance;
  unfinishedHopIds: readonly string[];
}>;

// Sized by the length of the graph's and the result's text (2 bytes a character): 8 MB holds
// the derivations of several thousand claims.
const derivations = new LRUCache<string, DerivedProvenance>({
  maxSize: 8 * 1024 * 1024,
  sizeCalculation: (derived, key) => 2 * (2 * key.length + JSON.stringify(derived.provenance).length),
});

/**
 * The provenance of `graph`'s finished hops and the ids of the unfinished ones. The same graph
 * (by value) returns the same frozen object, holding the graph first given (frozen too). Throws AppError("INVALID") as analyzeClaim does
 * (nothing is kept then).
 */
export function deriveProvenance(graph: ClaimGraph): DerivedProvenance {
  const key = JSON.stringify(graph);
  const known = derivations.get(key);
  if (known) return known;
  const { finished, unfinished } = splitUnfinishedHops(graph);
  const derived = freezeDeep({
    graph,
    provenance: analyzeClaim(finished),
    unfinishedHopIds: unfinished.map((hop) => hop.id),
  });
  derivations.set(key, derived);
  return derived;
}
