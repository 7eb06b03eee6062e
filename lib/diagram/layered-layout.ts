// The one diagram layout of Claimtrail: dagre's layered placement, left to right (origins on the
// left, the article on the right). The reader's page and the export SVG both lay out through here,
// so a chain has the same shape wherever it is drawn. Sizes are in CSS pixels.
// A layout is computed once per distinct input and then kept (an LRU of recent layouts): the
// input is everything the placement depends on (each box's size, each edge's ends and label
// slot), so any change to a claim's chain, a source's name or its standing makes a new key,
// while every reader of an unchanged claim gets the layout made for the first.
import dagre from "@dagrejs/dagre";
import { LRUCache } from "lru-cache";

export type Point = { x: number; y: number };

/** A box to place; width and height in pixels. */
export type LayerNode = { id: string; width: number; height: number };

/** A link between two boxes; a label slot of labelWidth × labelHeight sits halfway along it (none when 0). */
export type LayerEdge = { id: string; source: string; target: string; labelWidth: number; labelHeight: number };

/** x, y: the box's top-left corner. */
type PlacedBox = { x: number; y: number; width: number; height: number };

/** points: from the source's border to the target's; labelX/labelY: the centre of the label slot. */
type RoutedEdge = { points: Point[]; labelX: number; labelY: number };

/** Shared by every caller that asked for the same input: read it, never change it. */
export type LayeredLayout = {
  readonly width: number;
  readonly height: number;
  readonly nodes: ReadonlyMap<string, Readonly<PlacedBox>>;
  readonly edges: ReadonlyMap<string, Readonly<RoutedEdge>>;
};

/** Gaps in pixels: between boxes of one column, between columns, between parallel edges, around the drawing. */
export type LayerSpacing = { nodeGap: number; columnGap: number; edgeGap: number; margin: number };

// About 200 bytes a box or edge: 8 MB holds the chains of several thousand claims.
const layouts = new LRUCache<string, LayeredLayout>({
  maxSize: 8 * 1024 * 1024,
  sizeCalculation: (layout) => 200 * (1 + layout.nodes.size + layout.edges.size),
});

/**
 * Places every node and routes every edge. Several edges between the same two nodes are kept
 * apart (multigraph). Throws nothing on cycles: dagre breaks them, so bad data still draws.
 * The same input (by value) returns the same layout object, computed once.
 */
export function layoutLayers(
  nodes: readonly LayerNode[],
  edges: readonly LayerEdge[],
  spacing: LayerSpacing,
): LayeredLayout {
  const key = JSON.stringify([nodes, edges, spacing]);
  const known = layouts.get(key);
  if (known) return known;
  const layout = placeLayers(nodes, edges, spacing);
  layouts.set(key, layout);
  return layout;
}

function placeLayers(nodes: readonly LayerNode[], edges: readonly LayerEdge[], spacing: LayerSpacing): LayeredLayout {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({
    rankdir: "LR",
    nodesep: spacing.nodeGap,
    ranksep: spacing.columnGap,
    edgesep: spacing.edgeGap,
    marginx: spacing.margin,
    marginy: spacing.margin,
  });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) graph.setNode(node.id, { width: node.width, height: node.height });
  for (const edge of edges) {
    graph.setEdge(
      edge.source,
      edge.target,
      { width: edge.labelWidth, height: edge.labelHeight, labelpos: "c" },
      edge.id,
    );
  }
  dagre.layout(graph);

  const placedNodes = new Map<string, PlacedBox>();
  for (const node of nodes) {
    const placed = graph.node(node.id);
    placedNodes.set(node.id, {
      x: placed.x - placed.width / 2,
      y: placed.y - placed.height / 2,
      width: placed.width,
      height: placed.height,
    });
  }
  const routedEdges = new Map<string, RoutedEdge>();
  for (const edge of edges) {
    const placed = graph.edge({ v: edge.source, w: edge.target, name: edge.id });
    const points = (placed.points ?? []).map(({ x, y }: Point) => ({ x, y }));
    const middle = points[Math.floor(points.length / 2)] ?? { x: 0, y: 0 };
    routedEdges.set(edge.id, { points, labelX: placed.x ?? middle.x, labelY: placed.y ?? middle.y });
  }
  const size = graph.graph();
  return { width: size.width ?? 0, height: size.height ?? 0, nodes: placedNodes, edges: routedEdges };
}
