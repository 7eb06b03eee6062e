// Everything readers, exports and the CLI show about one claim's provenance.
import type { ClaimProvenance } from "./claim-provenance";
import { countIndependentPaths } from "./count-independent-paths";
import type { ClaimGraph, ClaimGraphInput } from "./graph";
import { indexGraph } from "./graph-index";
import { judgeDirectness } from "./judge-directness";
import { judgePrimaryRecord } from "./judge-primary-record";
import { ratePath } from "./rate-hop";
import { scoreConfidence } from "./score-confidence";
import { summarizeClaim } from "./summarize-claim";
import { tracePaths } from "./trace-paths";
import { validateGraph } from "./validate-graph";

/** Throws AppError("INVALID") for a graph validateGraph rejects. */
export function analyzeClaim(input: ClaimGraphInput): ClaimProvenance {
  const graph = validateGraph(input);
  const { origins, paths } = tracePaths(graph);
  const directness = judgeDirectness(graph, paths);
  const independentPaths = directness === "unattributed" ? 0 : countIndependentPaths(graph);
  const primaryRecord = judgePrimaryRecord(graph);
  const { confidence, weakestLink } = scoreConfidence(graph, paths);
  const facts = { directness, paths, independentPaths, primaryRecord };
  return {
    claimId: graph.claimId,
    directness,
    origins,
    paths,
    hopsToOrigin: countHopsToOrigin(graph, paths),
    independentPaths,
    primaryRecord,
    confidence,
    weakestLink,
    summary: summarizeClaim(graph, facts),
  };
}

/** The shortest still-supported path; when nothing supports the claim, the shortest path. */
function countHopsToOrigin(graph: ClaimGraph, paths: readonly string[][]): number | null {
  if (paths.length === 0) return null;
  const index = indexGraph(graph);
  const supported = paths.filter((path) => ratePath(index, path).supported);
  return Math.min(...(supported.length > 0 ? supported : paths).map((path) => path.length));
}
