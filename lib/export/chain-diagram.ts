// A claim's attribution graph as a small left-to-right SVG for the HTML/PDF report: origins on
// the left, the article on the right, placed by the same layout as the reader's page
// (lib/diagram/layered-layout.ts), so a chain has one shape wherever it is drawn. A retracted or
// corrected source is marked as on the page: a dashed box and its standing under its name, and the
// hops touching it carry the standing in their class and title.

import { drawThrough } from "../diagram/draw-through";
import { layoutLayers } from "../diagram/layered-layout";
import type { StandingStatus } from "../vocabulary";
import { ARTICLE_WORDS, describeStanding, RELATION_WORDS } from "../words/display-words";
import { capitalize, formatPercent } from "../words/phrasing";
import { escapeHtml } from "./markup-escape";
import type { ReportClaim } from "./sourcing-report";

const NODE_WIDTH = 150;
const NODE_HEIGHT = 38;
const SPACING = { nodeGap: 14, columnGap: 46, edgeGap: 10, margin: 6 };
const LINE_HEIGHT = 12;
const LINE_CHARS = 22;
const ARTICLE = "\u0000article";

type Placed = { id: string; label: string; kind: string; standing: StandingStatus; x: number; y: number };

const STANDING_RANK: Record<StandingStatus, number> = { ACTIVE: 0, CORRECTED: 1, RETRACTED: 2 };
const worst = (standings: StandingStatus[]): StandingStatus =>
  standings.reduce((a, b) => (STANDING_RANK[b] > STANDING_RANK[a] ? b : a), "ACTIVE");

/** At most two lines of LINE_CHARS, broken between words, ending in "…" when cut. */
function wrapLabel(label: string): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of label.split(/\s+/)) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= LINE_CHARS || !current) current = next;
    else {
      lines.push(current);
      current = word;
    }
  }
  lines.push(current);
  const shown = lines
    .slice(0, 2)
    .map((line) => (line.length > LINE_CHARS ? `${line.slice(0, LINE_CHARS - 1)}…` : line));
  if (lines.length > 2 && !shown[1]!.endsWith("…")) shown[1] = `${shown[1]!.slice(0, LINE_CHARS - 1)}…`;
  return shown;
}

function drawLabel(node: Placed): string {
  const standing = describeStanding(node.standing);
  const lines = [...wrapLabel(node.label), ...(standing ? [capitalize(standing)] : [])];
  const x = node.x + NODE_WIDTH / 2;
  const first = node.y + NODE_HEIGHT / 2 - ((lines.length - 1) * LINE_HEIGHT) / 2;
  return `<text>${lines.map((line, i) => `<tspan x="${x}" y="${first + i * LINE_HEIGHT}">${escapeHtml(line)}</tspan>`).join("")}</text>`;
}

type PlacedChain = {
  placed: Map<string, Placed>;
  routes: ReturnType<typeof layoutLayers>["edges"];
  width: number;
  height: number;
  edges: ReportClaim["graph"]["hops"];
};

function placeNodes(claim: ReportClaim): PlacedChain {
  const edges = claim.graph.hops;
  const sources = new Map(claim.graph.sources.map((source) => [source.id, source]));
  const ids = [...new Set([...edges.flatMap((hop) => [hop.from, hop.to ?? ARTICLE]), ARTICLE])];
  const layout = layoutLayers(
    ids.map((id) => ({ id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges.map((hop) => ({ id: hop.id, source: hop.from, target: hop.to ?? ARTICLE, labelWidth: 0, labelHeight: 0 })),
    SPACING,
  );
  const placed = new Map<string, Placed>();
  for (const id of ids) {
    const source = sources.get(id);
    const { x, y } = layout.nodes.get(id)!;
    placed.set(id, {
      id,
      label: id === ARTICLE ? ARTICLE_WORDS : (source?.name ?? id),
      kind: id === ARTICLE ? "article" : (source?.type ?? "UNKNOWN").toLowerCase(),
      standing: source?.standing ?? "ACTIVE",
      x,
      y,
    });
  }
  return { placed, routes: layout.edges, width: layout.width, height: layout.height, edges };
}

/** The diagram as an inline <svg>; `index` keeps marker ids unique within one page. */
export function drawChainDiagram(claim: ReportClaim, index: number): string {
  const { placed, routes, width, height, edges } = placeNodes(claim);
  const nodes = [...placed.values()];
  const marker = `chain-arrow-${index}`;
  const lines = edges.map((hop) => {
    const from = placed.get(hop.from)!;
    const to = placed.get(hop.to ?? ARTICLE)!;
    const path = drawThrough(routes.get(hop.id)!.points);
    const standing = worst([hop.standing, from.standing, to.standing]);
    const marked = describeStanding(standing);
    const title = `${from.label} → ${to.label}: ${RELATION_WORDS[hop.relation]}, ${formatPercent(hop.confidence)}${hop.firstHand ? ", first-hand" : ""}${marked ? `, ${marked}` : ""}`;
    return `<path class="edge${hop.firstHand ? "" : " second-hand"}${marked ? ` standing-${standing.toLowerCase()}` : ""}" d="${path}" stroke-width="${(1 + 2 * hop.confidence).toFixed(1)}" marker-end="url(#${marker})"><title>${escapeHtml(title)}</title></path>`;
  });
  const boxes = nodes.map(
    (node) =>
      `<g class="node node-${escapeHtml(node.kind)}${node.standing === "ACTIVE" ? "" : ` standing-${node.standing.toLowerCase()}`}"><title>${escapeHtml(node.label)}${describeStanding(node.standing) ? ` (${describeStanding(node.standing)})` : ""}</title><rect x="${node.x}" y="${node.y}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="6"/>${drawLabel(node)}</g>`,
  );
  const label =
    nodes.length > 1 ? `Attribution chain of the claim, ${nodes.length - 1} source(s)` : "Unattributed: no source";
  return [
    `<svg class="chain-diagram" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(label)}">`,
    `<defs><marker id="${marker}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>`,
    ...lines,
    ...boxes,
    "</svg>",
  ].join("\n");
}
