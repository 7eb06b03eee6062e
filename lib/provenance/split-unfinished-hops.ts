// A chain being built may have hops that do not reach the article yet (Macron → journalists,
// before journalists → this article is added). The analysis reads the finished part; the rest
// is reported to the editor as unfinished, never silently judged.
import type { ClaimGraph, GraphHop } from "./graph";

export function splitUnfinishedHops(graph: ClaimGraph): { finished: ClaimGraph; unfinished: GraphHop[] } {
  const reaching = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const hop of graph.hops) {
      if (!reaching.has(hop.from) && (hop.to === null || reaching.has(hop.to))) {
        reaching.add(hop.from);
        grew = true;
      }
    }
  }
  const finishedHops = graph.hops.filter((hop) => reaching.has(hop.from) && (hop.to === null || reaching.has(hop.to)));
  const unfinished = graph.hops.filter((hop) => !finishedHops.includes(hop));
  if (unfinished.length === 0) return { finished: graph, unfinished };
  const kept = new Set([
    ...(graph.speakerId ? [graph.speakerId] : []),
    ...finishedHops.flatMap((hop) => [hop.from, ...(hop.to ? [hop.to] : [])]),
  ]);
  return {
    finished: { ...graph, hops: finishedHops, sources: graph.sources.filter((source) => kept.has(source.id)) },
    unfinished,
  };
}
