// The one diagram layout of Claimtrail: dagre's layered placement, left to right (origins on the
// left, the article on the right). The reader's page and the export SVG both lay out through here,
// so a chain has the same shape wherever it is drawn. Sizes are in CSS pixels.
import dagre from "@dagrejs/dagre";

export type Point = { x: number; y: number };

/** A box to place; width and height in pixels. */
export type LayerNode = { id: string; width: number; height: number };

/** A link between two boxes; a label slot of labelWidth × labelHeight sits halfway along it (none when 0). */
export type LayerEdge = { id: string; source: string; target: string; labelWidth: number; labelHeight: number };

/** x, y: the box's top-left corner. */
type PlacedBox = { x: number; y: number; width: number; height: number };

/** points: from the source's border to the target's; labelX/labelY: the centre of the label slot. */
type RoutedEdge = { points: Point[]; labelX: number; labelY: number };

export type LayeredLayout = {
  width: number;
  height: number;
  nodes: Map<string, PlacedBox>;
  edges: Map<string, RoutedEdge>;
};

/** Gaps in pixels: between boxes of one column, between columns, between parallel edges, around the drawing. */
export type LayerSpacing = { nodeGap: number; columnGap: number; edgeGap: number; margin: number };

/**
 * Places every node and routes every edge. Several edges between the same two nodes are kept
 * apart (multigraph). Throws nothing on cycles: dagre breaks them, so bad data still draws.
 */
export function layoutLayers(
  nodes: readonly LayerNode[],
  edges: readonly LayerEdge[],
  spacing: LayerSpacing,
): LayeredLayout {
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
