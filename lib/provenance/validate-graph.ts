// Rejects claim graphs the analysis cannot read, with messages a standards editor can act on.
import type { z } from "zod";
import { AppError } from "../errors";
import { ClaimGraph, type GraphHop, type GraphSource } from "./graph";
import { ARTICLE_NAME } from "./graph-index";
import { compareSources, compareText } from "./order-sources";

export type ValidateOptions = {
  /** false while an editor is still building the chain: hops may not reach the article yet. */
  requireComplete?: boolean;
};

export function validateGraph(input: unknown, options: ValidateOptions = {}): ClaimGraph {
  const parsed = ClaimGraph.safeParse(input);
  if (!parsed.success) throw shapeError(parsed.error.issues, input);
  const graph = parsed.data;
  const sources = new Map<string, GraphSource>();
  for (const source of graph.sources) {
    if (sources.has(source.id))
      throw invalid(`Source id "${source.id}" is used twice in this claim's graph.`, { sourceId: source.id });
    sources.set(source.id, source);
  }
  const hops = [...graph.hops].sort((a, b) => compareText(a.id, b.id));
  hops.forEach((hop, i) => {
    if (hops[i + 1]?.id === hop.id)
      throw invalid(`Hop id "${hop.id}" is used twice in this claim's graph.`, { hopId: hop.id });
  });
  if (graph.speakerId !== null && !sources.has(graph.speakerId)) {
    throw invalid(`The speaker "${graph.speakerId}" is not one of this claim's sources.`, {
      sourceId: graph.speakerId,
    });
  }
  for (const hop of hops) checkEnds(hop, sources);
  rejectCycle(hops, sources);
  if (options.requireComplete === false) return graph;
  if (hops.length > 0 && !hops.some((hop) => hop.to === null)) {
    throw invalid(`None of the hops reaches ${ARTICLE_NAME}: every chain must end at the article.`);
  }
  rejectDanglingHops(hops, sources);
  return graph;
}

function invalid(message: string, details?: Record<string, unknown>): AppError {
  return new AppError("INVALID", message, details);
}

function checkEnds(hop: GraphHop, sources: ReadonlyMap<string, GraphSource>): void {
  if (!sources.has(hop.from)) {
    throw invalid(`Hop "${hop.id}" starts nowhere: "${hop.from}" is not one of this claim's sources.`, {
      hopId: hop.id,
    });
  }
  if (hop.to !== null && !sources.has(hop.to)) {
    throw invalid(`Hop "${hop.id}" is a hop to nowhere: "${hop.to}" is not one of this claim's sources.`, {
      hopId: hop.id,
    });
  }
  if (hop.to === hop.from) {
    throw invalid(`Hop "${hop.id}" goes from "${sources.get(hop.from)!.name}" to itself.`, { hopId: hop.id });
  }
}

function rejectCycle(hops: readonly GraphHop[], sources: ReadonlyMap<string, GraphSource>): void {
  const next = new Map<string, string[]>();
  for (const hop of hops) if (hop.to !== null) next.set(hop.from, [...(next.get(hop.from) ?? []), hop.to]);
  const byReaderOrder = (a: string, b: string) => compareSources(sources.get(a)!, sources.get(b)!);
  for (const list of next.values()) list.sort(byReaderOrder);

  const done = new Set<string>();
  for (const start of [...next.keys()].sort(byReaderOrder)) {
    if (done.has(start)) continue;
    const trail: string[] = [start];
    const onTrail = new Set(trail);
    const cursor: number[] = [0];
    while (trail.length > 0) {
      const here = trail[trail.length - 1]!;
      const successor = next.get(here)?.[cursor[cursor.length - 1]!];
      if (successor === undefined) {
        done.add(here);
        onTrail.delete(here);
        trail.pop();
        cursor.pop();
        continue;
      }
      cursor[cursor.length - 1]! += 1;
      if (onTrail.has(successor)) throw cycleError(trail.slice(trail.indexOf(successor)), sources);
      if (done.has(successor)) continue;
      trail.push(successor);
      onTrail.add(successor);
      cursor.push(0);
    }
  }
}

function cycleError(loop: string[], sources: ReadonlyMap<string, GraphSource>): AppError {
  const first = loop.reduce(
    (best, id, i) => (compareSources(sources.get(id)!, sources.get(loop[best]!)!) < 0 ? i : best),
    0,
  );
  const ordered = [...loop.slice(first), ...loop.slice(0, first)];
  const names = [...ordered, ordered[0]!].map((id) => sources.get(id)!.name);
  return invalid(
    `The attribution goes round in a circle: ${names.join(" → ")}. A claim cannot pass through the same source twice on its way to ${ARTICLE_NAME}.`,
    { sourceIds: ordered },
  );
}

function rejectDanglingHops(hops: readonly GraphHop[], sources: ReadonlyMap<string, GraphSource>): void {
  const reaching = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const hop of hops) {
      if (!reaching.has(hop.from) && (hop.to === null || reaching.has(hop.to))) {
        reaching.add(hop.from);
        grew = true;
      }
    }
  }
  for (const hop of hops) {
    if (hop.to === null || reaching.has(hop.to)) continue;
    const from = sources.get(hop.from)!.name;
    const to = sources.get(hop.to)!.name;
    throw invalid(
      `Hop "${hop.id}" leads from "${from}" to "${to}", but "${to}" never passes the claim on to ${ARTICLE_NAME}, so the claim cannot reach the article through it.`,
      { hopId: hop.id, sourceIds: [hop.to] },
    );
  }
}

function shapeError(issues: readonly z.core.$ZodIssue[], input: unknown): AppError {
  const [first] = issues;
  const more =
    issues.length > 1 ? ` (${issues.length - 1} more problem${issues.length > 2 ? "s" : ""} after this one)` : "";
  return invalid(`${describeIssue(first, input)}${more}`, { issues });
}

function describeIssue(issue: z.core.$ZodIssue | undefined, input: unknown): string {
  if (!issue) return "The claim graph is malformed.";
  const path = issue.path;
  if (path.length === 3 && path[0] === "hops" && path[2] === "confidence") {
    const hop = readAt(input, path.slice(0, 2));
    const id = readAt(hop, ["id"]);
    const label = typeof id === "string" ? `Hop "${id}"` : `Hop ${Number(path[1]) + 1}`;
    return `${label} has confidence ${String(readAt(hop, ["confidence"]))}; confidence must be a number from 0 to 1.`;
  }
  if (path.length === 0) return `The claim graph is malformed: ${issue.message}.`;
  const where = path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
  return `The claim graph is malformed at ${where}: ${issue.message}.`;
}

function readAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let here = value;
  for (const key of path) {
    if (typeof here !== "object" || here === null) return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}
