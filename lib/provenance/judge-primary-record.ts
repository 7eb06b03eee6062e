// Whether a primary record of what the origin said exists.
import { RECORD_SOURCE_TYPES } from "../vocabulary";
import type { PrimaryRecordState } from "./claim-provenance";
import type { ClaimGraph } from "./graph";
import { findHops, type GraphIndex, indexGraph } from "./graph-index";
import { isSupporting, ratePath } from "./rate-hop";
import { tracePaths } from "./trace-paths";

/**
 * What the annotation states wins. Otherwise a record is available when a still-supported
 * path starts at a record, or passes through a record made first-hand; "unknown" if not.
 */
export function judgePrimaryRecord(graph: ClaimGraph, paths: string[][] = tracePaths(graph).paths): PrimaryRecordState {
  if (graph.primaryRecord === "AVAILABLE") return "available";
  if (graph.primaryRecord === "NOT_AVAILABLE") return "not_available";
  const index = indexGraph(graph);
  const holdsRecord = paths.some(
    (path) => ratePath(index, path).supported && path.some((_id, i) => isRecordAt(index, path, i)),
  );
  return holdsRecord ? "available" : "unknown";
}

function isRecordAt(index: GraphIndex, path: readonly string[], position: number): boolean {
  const source = index.sources.get(path[position]!);
  if (!source || !RECORD_SOURCE_TYPES.has(source.type)) return false;
  if (position === 0) return true;
  return findHops(index, [path[position - 1]!, source.id]).some((hop) => hop.firstHand && isSupporting(index, hop));
}
