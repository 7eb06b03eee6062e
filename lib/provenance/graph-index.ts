// Lookups over one claim graph, built once per derivation.

import { ARTICLE_WORDS } from "../words/display-words";
import type { ClaimGraph, GraphHop, GraphSource } from "./graph";

export const ARTICLE_NAME = ARTICLE_WORDS;

export type GraphIndex = {
  graph: ClaimGraph;
  sources: ReadonlyMap<string, GraphSource>;
  hopsFrom: ReadonlyMap<string, readonly GraphHop[]>;
  /** Keyed by the receiving source id; null: hops into the article. */
  hopsInto: ReadonlyMap<string | null, readonly GraphHop[]>;
};

/** One step of a path: from a source to the next source, or to the article (null). */
export type Link = readonly [from: string, to: string | null];

export function indexGraph(graph: ClaimGraph): GraphIndex {
  const hopsFrom = new Map<string, GraphHop[]>();
  const hopsInto = new Map<string | null, GraphHop[]>();
  for (const hop of graph.hops) {
    appendTo(hopsFrom, hop.from, hop);
    appendTo(hopsInto, hop.to, hop);
  }
  return { graph, sources: new Map(graph.sources.map((source) => [source.id, source])), hopsFrom, hopsInto };
}

/** All hops between the two ends of a link (a teller may pass the claim on more than once). */
export function findHops(index: GraphIndex, [from, to]: Link): GraphHop[] {
  return (index.hopsFrom.get(from) ?? []).filter((hop) => hop.to === to);
}

export function listLinks(path: readonly string[]): Link[] {
  return path.map((id, i) => [id, path[i + 1] ?? null] as const);
}

export function nameNode(index: GraphIndex, id: string | null): string {
  if (id === null) return ARTICLE_NAME;
  return index.sources.get(id)?.name ?? id;
}

function appendTo<K>(map: Map<K, GraphHop[]>, key: K, hop: GraphHop): void {
  const list = map.get(key);
  if (list) list.push(hop);
  else map.set(key, [hop]);
}
