// Places a chain diagram left to right with dagre: origins on the left, the article on the
// right, each hop's label in its own slot between the columns. Runs on the server, so the
// browser receives positions and never loads the layout library.
import dagre from "@dagrejs/dagre";
import type { ChainDiagram, ChainEdge, ChainNode } from "@/lib/reader/chain-diagram";

const NODE_WIDTH = 156;
const LINE_CHARS = 19;
const LINE_HEIGHT = 18;
const NODE_PADDING = 30;
const STANDING_HEIGHT = 20;
const LABEL_WIDTH = 120;
const LABEL_LINE_HEIGHT = 15;

export type Point = { x: number; y: number };
export type PlacedNode = ChainNode & { x: number; y: number; width: number; height: number };
export type PlacedEdge = ChainEdge & { points: Point[]; labelX: number; labelY: number };
export type ChainLayout = { width: number; height: number; nodes: PlacedNode[]; edges: PlacedEdge[] };

/** Room for the name (up to three wrapped lines), the caption and a standing badge. */
function measureNode(node: ChainNode): { width: number; height: number } {
  const lines = Math.min(3, countLines(node.name));
  return {
    width: NODE_WIDTH,
    height: NODE_PADDING + 16 + lines * LINE_HEIGHT + (node.standing === "ACTIVE" ? 0 : STANDING_HEIGHT),
  };
}

export function layoutChain(diagram: ChainDiagram): ChainLayout {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: "LR", nodesep: 22, ranksep: 44, edgesep: 12, marginx: 6, marginy: 6 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of diagram.nodes) graph.setNode(node.id, measureNode(node));
  for (const edge of diagram.edges) {
    graph.setEdge(
      edge.source,
      edge.target,
      { width: LABEL_WIDTH, height: 8 + edge.label.length * LABEL_LINE_HEIGHT, labelpos: "c" },
      edge.id,
    );
  }
  dagre.layout(graph);

  const nodes = diagram.nodes.map((node): PlacedNode => {
    const placed = graph.node(node.id);
    return {
      ...node,
      width: placed.width,
      height: placed.height,
      x: placed.x - placed.width / 2,
      y: placed.y - placed.height / 2,
    };
  });
  const edges = diagram.edges.map((edge): PlacedEdge => {
    const placed = graph.edge({ v: edge.source, w: edge.target, name: edge.id });
    const points = (placed.points ?? []).map(({ x, y }: Point) => ({ x, y }));
    return { ...edge, points, labelX: placed.x ?? midpoint(points).x, labelY: placed.y ?? midpoint(points).y };
  });
  const size = graph.graph();
  return { width: size.width ?? 0, height: size.height ?? 0, nodes, edges };
}

function countLines(name: string): number {
  let lines = 1;
  let width = 0;
  for (const word of name.split(/\s+/)) {
    const next = width === 0 ? word.length : width + 1 + word.length;
    if (next > LINE_CHARS && width > 0) {
      lines += 1;
      width = word.length;
    } else width = next;
  }
  return lines;
}

function midpoint(points: readonly Point[]): Point {
  return points[Math.floor(points.length / 2)] ?? { x: 0, y: 0 };
}
