// The plain-language line readers see under a claim.
import type { ClaimProvenance, PrimaryRecordState } from "./claim-provenance";
import type { ClaimGraph } from "./graph";
import { ARTICLE_NAME, findHops, type GraphIndex, indexGraph, listLinks, nameNode } from "./graph-index";
import { compareSourceIds, compareText } from "./order-sources";
import { isSupporting } from "./rate-hop";

export type SummaryFacts = Pick<ClaimProvenance, "directness" | "paths" | "independentPaths" | "primaryRecord">;

const HEADLINE = { direct: "Direct", indirect: "Indirect" } as const;
const RECORD_NOTE: Record<PrimaryRecordState, string | null> = {
  available: "primary record available",
  not_available: "no primary record",
  unknown: null,
};
/** More paths than this are counted rather than spelled out. */
const LISTED_PATHS = 4;

export function summarizeClaim(graph: ClaimGraph, facts: SummaryFacts): string {
  if (facts.directness === "unattributed" || facts.paths.length === 0) {
    return "Unattributed: the article states this without naming a source.";
  }
  const index = indexGraph(graph);
  const note = RECORD_NOTE[facts.primaryRecord];
  const layers = groupIntoLayers(index, facts.paths);
  const sentences = layers
    ? [`${HEADLINE[facts.directness]}: ${describeLayers(index, layers, note)}.`]
    : [
        `${HEADLINE[facts.directness]}, by ${facts.paths.length} paths: ${describePaths(index, facts.paths)}.`,
        ...(note ? [`${capitalize(note)}.`] : []),
      ];
  sentences.push(describeSupport(index, facts.independentPaths), ...describeStanding(index, facts.paths));
  return sentences.join(" ");
}

/**
 * Steps of equal position when the paths are exactly every combination of them, as in
 * A → B → C, D → article; null when the graph cannot be drawn as one line that way.
 */
function groupIntoLayers(index: GraphIndex, paths: readonly string[][]): string[][] | null {
  const length = paths[0]!.length;
  if (paths.some((path) => path.length !== length)) return null;
  const layers = Array.from({ length }, (_, i) => [...new Set(paths.map((path) => path[i]!))]);
  const placed = new Set(layers.flat());
  if (placed.size !== layers.reduce((sum, layer) => sum + layer.length, 0)) return null;
  const combinations = layers.reduce((product, layer) => product * layer.length, 1);
  if (combinations !== new Set(paths.map((path) => path.join("\u0000"))).size) return null;
  return layers.map((layer) => layer.sort((a, b) => compareSourceIds(index.sources, a, b)));
}

/** The record note sits at the first receiver: where the origin's words were (not) recorded. */
function describeLayers(index: GraphIndex, layers: readonly string[][], note: string | null): string {
  const steps = [...layers.map((layer) => layer.map((id) => nameNode(index, id)).join(", ")), ARTICLE_NAME];
  if (note) steps[1] = `${steps[1]} (${note})`;
  return steps.join(" → ");
}

function describePaths(index: GraphIndex, paths: readonly string[][]): string {
  const listed = paths
    .slice(0, LISTED_PATHS)
    .map((path) => [...path.map((id) => nameNode(index, id)), ARTICLE_NAME].join(" → "));
  const rest = paths.length - listed.length;
  return rest > 0 ? `${listed.join("; ")}; and ${rest} more` : listed.join("; ");
}

function describeSupport(index: GraphIndex, independent: number): string {
  const reports = new Set(
    (index.hopsInto.get(null) ?? []).filter((hop) => isSupporting(index, hop)).map((hop) => hop.from),
  ).size;
  if (independent === 0) return "Nothing in its attribution still supports it.";
  if (independent === 1)
    return reports > 1
      ? `${reports} reports of 1 account; not independently corroborated.`
      : "Not independently corroborated.";
  const corroborated = `independently corroborated by ${independent} paths.`;
  return reports > independent ? `${reports} reports, ${corroborated}` : capitalize(corroborated);
}

function describeStanding(index: GraphIndex, paths: readonly string[][]): string[] {
  const onPaths = [...new Set(paths.flat())].sort((a, b) => compareSourceIds(index.sources, a, b));
  const hops = [...new Set(paths.flatMap((path) => listLinks(path).flatMap((link) => findHops(index, link))))].sort(
    (a, b) => compareText(a.id, b.id),
  );
  const named = (standing: "CORRECTED" | "RETRACTED") =>
    new Set([
      ...onPaths.filter((id) => index.sources.get(id)?.standing === standing).map((id) => nameNode(index, id)),
      ...hops
        .filter((hop) => hop.standing === standing)
        .map((hop) => `the link ${nameNode(index, hop.from)} → ${nameNode(index, hop.to)}`),
    ]);
  const retracted = named("RETRACTED");
  const corrected = named("CORRECTED");
  return [
    ...(retracted.size > 0 ? [`Retracted, no longer counted: ${[...retracted].join(", ")}.`] : []),
    ...(corrected.size > 0 ? [`Corrected, given less weight: ${[...corrected].join(", ")}.`] : []),
  ];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
