// Writes a claim's hop graph back as an annotation chain: steps ordered by their distance
// from the origin (longest path, so every hop points to a later step), parallel sources at one
// step joined with " / ", ending in "this article".
import { PARALLEL_SEPARATOR, THIS_ARTICLE } from "./annotation-file";

export type ChainHop = { fromName: string; toName: string | null; position: number };

export function chainFromHops(hops: ChainHop[]): string[] {
  const ordered = [...hops].sort((a, b) => a.position - b.position);
  const nodes: string[] = [];
  for (const hop of ordered) {
    for (const name of [hop.fromName, hop.toName]) if (name !== null && !nodes.includes(name)) nodes.push(name);
  }
  const depth = new Map(nodes.map((name) => [name, 0]));
  // Longest-path layering by relaxation; a chain is acyclic (validated before it is stored).
  for (let round = 0; round < nodes.length; round++) {
    let changed = false;
    for (const hop of ordered) {
      if (hop.toName === null) continue;
      const next = depth.get(hop.fromName)! + 1;
      if (next > depth.get(hop.toName)!) {
        depth.set(hop.toName, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const steps: string[][] = [];
  for (const name of nodes) {
    const layer = depth.get(name)!;
    steps[layer] = [...(steps[layer] ?? []), name];
  }
  return [...steps.filter(Boolean).map((step) => step.join(PARALLEL_SEPARATOR)), THIS_ARTICLE];
}
