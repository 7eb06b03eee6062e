// Whether the article has the claim from its origin (direct) or only through others (indirect).
import { RECORD_SOURCE_TYPES } from "../vocabulary";
import type { Directness } from "./claim-provenance";
import type { ClaimGraph } from "./graph";
import { findHops, type GraphIndex, indexGraph, listLinks } from "./graph-index";
import { isSupporting } from "./rate-hop";
import { tracePaths } from "./trace-paths";

/**
 * Direct: some still-supported path reaches the article first-hand at every hop, passing
 * through nothing but records (the origin's own recording, transcript or document).
 */
export function judgeDirectness(graph: ClaimGraph, paths: string[][] = tracePaths(graph).paths): Directness {
  if (graph.hops.length === 0) return "unattributed";
  const index = indexGraph(graph);
  return paths.some((path) => isDirectPath(index, path)) ? "direct" : "indirect";
}

function isDirectPath(index: GraphIndex, path: readonly string[]): boolean {
  const throughRecordsOnly = path.slice(1).every((id) => {
    const source = index.sources.get(id);
    return source !== undefined && RECORD_SOURCE_TYPES.has(source.type);
  });
  return (
    throughRecordsOnly &&
    listLinks(path).every((link) => findHops(index, link).some((hop) => hop.firstHand && isSupporting(index, hop)))
  );
}
