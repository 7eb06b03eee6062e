// Where a claim starts and every way it travels to the article.
import { AppError } from "../errors";
import type { ClaimGraph } from "./graph";
import { type GraphIndex, indexGraph } from "./graph-index";
import { comparePaths, sortSourceIds } from "./order-sources";

/** Beyond this the graph is too tangled for readers; it is rejected rather than truncated. */
export const MAX_PATHS = 1000;

export type TracedPaths = {
  /** Source ids that pass the claim on but receive it from no one, in reader order. */
  origins: string[];
  /** Every path from an origin to the article, as source ids (the article not listed). */
  paths: string[][];
};

/** Expects a graph that passed validateGraph (every hop leads to the article). */
export function tracePaths(graph: ClaimGraph): TracedPaths {
  const index = indexGraph(graph);
  const origins = findOrigins(index);
  const paths: string[][] = [];
  const walk = (path: string[]): void => {
    const here = path[path.length - 1]!;
    for (const to of new Set((index.hopsFrom.get(here) ?? []).map((hop) => hop.to))) {
      if (to === null) {
        if (paths.length >= MAX_PATHS) {
          throw new AppError(
            "INVALID",
            `This claim reaches the article by more than ${MAX_PATHS} paths; simplify its attribution.`,
          );
        }
        paths.push(path);
      } else if (!path.includes(to)) {
        walk([...path, to]);
      }
    }
  };
  for (const origin of origins) walk([origin]);
  paths.sort((a, b) => comparePaths(index.sources, a, b));
  return { origins, paths };
}

export function findOrigins(index: GraphIndex): string[] {
  return sortSourceIds(
    index.sources,
    [...index.hopsFrom.keys()].filter((id) => !index.hopsInto.has(id)),
  );
}
