// The combined confidence of independent paths (noisy-OR), over the best set of paths that
// share no intermediate source.
export type PathCandidate = { confidence: number; intermediates: readonly string[] };

/**
 * A larger search is cut short and keeps the best set found so far (never worse than taking
 * the strongest path first, then the strongest one independent of those taken, and so on).
 */
const SEARCH_BUDGET = 200_000;

/** 1 − ∏(1 − pᵢ) over the mutually independent paths whose combination is highest. */
export function combinePaths(candidates: readonly PathCandidate[]): number {
  const usable = candidates
    .filter((candidate) => candidate.confidence > 0)
    .map((candidate) => ({
      confidence: Math.min(1, candidate.confidence),
      used: new Set(candidate.intermediates),
      weight: -Math.log1p(-Math.min(1, candidate.confidence)),
    }))
    .sort((a, b) => b.confidence - a.confidence);
  if (usable.length === 0) return 0;
  if (usable[0]!.confidence >= 1) return 1;

  const disjoint = (a: Set<string>, b: Set<string>) => [...a].every((id) => !b.has(id));
  let best: number[] = [];
  usable.forEach((candidate, i) => {
    if (best.every((j) => disjoint(usable[j]!.used, candidate.used))) best.push(i);
  });
  let bestWeight = best.reduce((sum, i) => sum + usable[i]!.weight, 0);

  let budget = SEARCH_BUDGET;
  const search = (from: number, taken: number[], used: Set<string>, weight: number): void => {
    if (budget-- <= 0) return;
    if (weight > bestWeight) {
      best = [...taken];
      bestWeight = weight;
    }
    const open: number[] = [];
    for (let i = from; i < usable.length; i++) if (disjoint(usable[i]!.used, used)) open.push(i);
    if (weight + open.reduce((sum, i) => sum + usable[i]!.weight, 0) <= bestWeight) return;
    for (const i of open) {
      const candidate = usable[i]!;
      search(i + 1, [...taken, i], new Set([...used, ...candidate.used]), weight + candidate.weight);
    }
  };
  search(0, [], new Set(), 0);

  const missing = best.reduce((product, i) => product * (1 - usable[i]!.confidence), 1);
  return Math.min(1, Math.max(0, 1 - missing));
}
