// A claim's attribution graph as diagram input: one node per source (a source shared by several
// paths is one node), the article as the last node, one edge per hop with the words its label
// shows. Layout is left to the page (dagre), so this stays plain data.
import type { ClaimProvenance } from "../provenance/claim-provenance";
import { ARTICLE_NODE, type ClaimGraph } from "../provenance/graph";
import { indexGraph, nameNode } from "../provenance/graph-index";
import { rateHop, ratePath } from "../provenance/rate-hop";
import type { HopRelation, SourceType, StandingStatus } from "../vocabulary";
import {
  ARTICLE_WORDS,
  describeHand,
  describeStanding,
  RELATION_WORDS,
  SOURCE_TYPE_WORDS,
} from "../words/display-words";
import { capitalize, formatPercent } from "../words/phrasing";

type ChainNodeRole = "origin" | "relay" | "article";

export type ChainNode = {
  id: string;
  name: string;
  /** null: the article. */
  type: SourceType | null;
  /** "Person · origin", "News outlet", "This article". */
  caption: string;
  standing: StandingStatus;
  role: ChainNodeRole;
};

export type ChainEdge = {
  id: string;
  source: string;
  target: string;
  relation: HopRelation;
  firstHand: boolean;
  confidence: number;
  /** The worst standing of the hop and the sources at its ends. */
  standing: StandingStatus;
  supports: boolean;
  /** Lines of the edge's label: "reported by", "first-hand · 90%", and "retracted" or "corrected" when so. */
  label: string[];
  /** The edge in one sentence, for assistive technology. */
  description: string;
};

export type ChainDiagram = { nodes: ChainNode[]; edges: ChainEdge[] };

export type DiagrammableClaim = {
  graph: ClaimGraph;
  provenance: Pick<ClaimProvenance, "origins">;
  /** Hops an editor has not yet joined to the article: readers are not shown them. */
  unfinishedHopIds?: readonly string[];
};

export function toChainDiagram(claim: DiagrammableClaim): ChainDiagram {
  const unfinished = new Set(claim.unfinishedHopIds ?? []);
  const hops = claim.graph.hops.filter((hop) => !unfinished.has(hop.id));
  if (hops.length === 0) return { nodes: [], edges: [] };
  const index = indexGraph({ ...claim.graph, hops });
  const origins = new Set(claim.provenance.origins);
  const onHops = new Set(hops.flatMap((hop) => [hop.from, ...(hop.to ? [hop.to] : [])]));
  const nodes: ChainNode[] = claim.graph.sources
    .filter((source) => onHops.has(source.id))
    .map((source) => {
      const role = origins.has(source.id) ? "origin" : "relay";
      return {
        id: source.id,
        name: source.name,
        type: source.type,
        caption: capitalize(
          role === "origin" ? `${SOURCE_TYPE_WORDS[source.type]} · origin` : SOURCE_TYPE_WORDS[source.type],
        ),
        standing: source.standing,
        role,
      };
    });
  nodes.push({
    id: ARTICLE_NODE,
    name: "This article",
    type: null,
    caption: "Where you read it",
    standing: "ACTIVE",
    role: "article",
  });

  const edges = hops.map((hop): ChainEdge => {
    const rated = rateHop(index, hop);
    const standing = describeStanding(rated.standing);
    const label = [
      RELATION_WORDS[hop.relation],
      `${describeHand(hop.firstHand)} · ${formatPercent(hop.confidence)}`,
      ...(standing ? [standing] : []),
    ];
    const to = hop.to === null ? ARTICLE_WORDS : nameNode(index, hop.to);
    return {
      id: hop.id,
      source: hop.from,
      target: hop.to ?? ARTICLE_NODE,
      relation: hop.relation,
      firstHand: hop.firstHand,
      confidence: hop.confidence,
      standing: rated.standing,
      supports: rated.confidence > 0,
      label,
      description: `${nameNode(index, hop.from)} to ${to}: ${label.join(", ").replace(/ · /g, ", ")}`,
    };
  });
  return { nodes, edges };
}

export type ChainPathText = {
  steps: Array<{ id: string | null; name: string }>;
  text: string;
  /** false when a retracted source or link (or a 0 confidence) breaks the path. */
  supported: boolean;
};

/** Every path from an origin to the article as names, e.g. "A → B → this article". */
export function describeChainPaths(claim: {
  graph: ClaimGraph;
  provenance: Pick<ClaimProvenance, "paths">;
}): ChainPathText[] {
  const index = indexGraph(claim.graph);
  return claim.provenance.paths.map((path) => {
    const steps = [
      ...path.map((id): { id: string | null; name: string } => ({ id, name: nameNode(index, id) })),
      { id: null, name: ARTICLE_WORDS },
    ];
    return { steps, text: steps.map((step) => step.name).join(" → "), supported: ratePath(index, path).supported };
  });
}
