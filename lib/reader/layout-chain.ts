// Places a reader's chain diagram: each source's box sized for its name, caption and standing
// badge, each hop's label in its own slot between the columns (lib/diagram/layered-layout.ts).
// Runs on the server, so the browser receives positions and never loads the layout library.
import { layoutLayers, type Point } from "../diagram/layered-layout";
import type { ChainDiagram, ChainEdge, ChainNode } from "./chain-diagram";

const NODE_WIDTH = 156;
const LINE_CHARS = 19;
const LINE_HEIGHT = 18;
const NODE_PADDING = 30;
const STANDING_HEIGHT = 20;
const LABEL_WIDTH = 120;
const LABEL_LINE_HEIGHT = 15;
const SPACING = { nodeGap: 22, columnGap: 44, edgeGap: 12, margin: 6 };

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

/** Positions in pixels; x, y of a node is its top-left corner. */
export function layoutChain(diagram: ChainDiagram): ChainLayout {
  const layout = layoutLayers(
    diagram.nodes.map((node) => ({ id: node.id, ...measureNode(node) })),
    diagram.edges.map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      labelWidth: LABEL_WIDTH,
      labelHeight: 8 + edge.label.length * LABEL_LINE_HEIGHT,
    })),
    SPACING,
  );
  return {
    width: layout.width,
    height: layout.height,
    nodes: diagram.nodes.map((node): PlacedNode => ({ ...node, ...layout.nodes.get(node.id)! })),
    edges: diagram.edges.map((edge): PlacedEdge => ({ ...edge, ...layout.edges.get(edge.id)! })),
  };
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
