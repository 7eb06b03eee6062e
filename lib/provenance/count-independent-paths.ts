// How many paths reach the article without sharing an intermediate source: the maximum flow
// from the origins to the article when every intermediate source can carry one unit.
import type { ClaimGraph } from "./graph";
import { indexGraph } from "./graph-index";
import { isSupporting } from "./rate-hop";
import { findOrigins } from "./trace-paths";

type FlowNetwork = { heads: number[]; capacities: number[]; edgesOf: number[][] };

/** Only hops that still support the claim count (not retracted, confidence above 0). */
export function countIndependentPaths(graph: ClaimGraph): number {
  const index = indexGraph(graph);
  const origins = new Set(findOrigins(index));
  const ids = [...index.sources.keys()];
  const slot = new Map(ids.map((id, i) => [id, i]));
  const SOURCE = 0;
  const ARTICLE = 1;
  const inOf = (id: string) => 2 + 2 * slot.get(id)!;
  const outOf = (id: string) => 3 + 2 * slot.get(id)!;
  const unlimited = graph.hops.length + 1;

  const network: FlowNetwork = {
    heads: [],
    capacities: [],
    edgesOf: Array.from({ length: 2 + 2 * ids.length }, () => []),
  };
  for (const id of ids) {
    addEdge(network, inOf(id), outOf(id), origins.has(id) ? unlimited : 1);
    if (origins.has(id)) addEdge(network, SOURCE, inOf(id), unlimited);
  }
  const links = new Set<string>();
  for (const hop of graph.hops) {
    const key = JSON.stringify([hop.from, hop.to]);
    if (links.has(key) || !slot.has(hop.from) || !isSupporting(index, hop)) continue;
    if (hop.to !== null && !slot.has(hop.to)) continue;
    links.add(key);
    addEdge(network, outOf(hop.from), hop.to === null ? ARTICLE : inOf(hop.to), 1);
  }
  return maxFlow(network, SOURCE, ARTICLE);
}

function addEdge(network: FlowNetwork, from: number, to: number, capacity: number): void {
  network.edgesOf[from]!.push(network.heads.length);
  network.heads.push(to);
  network.capacities.push(capacity);
  network.edgesOf[to]!.push(network.heads.length);
  network.heads.push(from);
  network.capacities.push(0);
}

/** Edmonds–Karp; edge e and e ^ 1 are each other's reverse. */
function maxFlow(network: FlowNetwork, source: number, sink: number): number {
  let flow = 0;
  for (;;) {
    const via = new Array<number>(network.edgesOf.length).fill(-1);
    const queue = [source];
    const seen = new Set(queue);
    while (queue.length > 0 && !seen.has(sink)) {
      const node = queue.shift()!;
      for (const edge of network.edgesOf[node]!) {
        const head = network.heads[edge]!;
        if (network.capacities[edge]! > 0 && !seen.has(head)) {
          seen.add(head);
          via[head] = edge;
          queue.push(head);
        }
      }
    }
    if (!seen.has(sink)) return flow;
    let bottleneck = Infinity;
    for (let node = sink; node !== source; node = network.heads[via[node]! ^ 1]!) {
      bottleneck = Math.min(bottleneck, network.capacities[via[node]!]!);
    }
    for (let node = sink; node !== source; node = network.heads[via[node]! ^ 1]!) {
      network.capacities[via[node]!]! -= bottleneck;
      network.capacities[via[node]! ^ 1]! += bottleneck;
    }
    flow += bottleneck;
  }
}
