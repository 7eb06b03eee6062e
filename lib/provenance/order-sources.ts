// One ordering for everything the analysis lists, so that no result depends on the order in
// which sources and hops were given.
import type { GraphSource } from "./graph";

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** Reader order (case and accents folded), then code units so that distinct strings never tie. */
export function compareText(a: string, b: string): number {
  const folded = collator.compare(a, b);
  if (folded !== 0) return folded;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareSources(a: GraphSource, b: GraphSource): number {
  return compareText(a.name, b.name) || compareText(a.id, b.id);
}

export function compareSourceIds(sources: ReadonlyMap<string, GraphSource>, a: string, b: string): number {
  const left = sources.get(a);
  const right = sources.get(b);
  if (left && right) return compareSources(left, right);
  return compareText(a, b);
}

export function sortSourceIds(sources: ReadonlyMap<string, GraphSource>, ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort((a, b) => compareSourceIds(sources, a, b));
}

/** Element by element; a path that is a prefix of another comes first. */
export function comparePaths(
  sources: ReadonlyMap<string, GraphSource>,
  a: readonly string[],
  b: readonly string[],
): number {
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i++) {
    const order = compareSourceIds(sources, a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}
