// A claim's attribution graph as a small left-to-right SVG for the HTML/PDF report: origins on
// the left, the article on the right. Columns come from longest-path layering of the hops, rows
// from the average row of each node's predecessors, so diagrams are computed, never hand-placed.

import { escapeHtml } from "./markup-escape";
import { ARTICLE_LABEL, formatPercent, humanizeEnum } from "./report-text";
import type { ReportClaim } from "./sourcing-report";

const NODE_WIDTH = 150;
const NODE_HEIGHT = 38;
const GAP_X = 46;
const GAP_Y = 14;
const PAD = 6;
const LINE_HEIGHT = 12;
const LINE_CHARS = 22;
const ARTICLE = "\u0000article";

type Placed = { id: string; label: string; kind: string; layer: number; row: number; x: number; y: number };

function assignLayers(nodes: string[], edges: Array<{ from: string; to: string }>): Map<string, number> {
  const layer = new Map(nodes.map((node) => [node, 0]));
  // Relaxing every edge |nodes| times gives longest paths on a DAG and stays finite on bad data with cycles.
  for (let pass = 0; pass < nodes.length; pass++) {
    let changed = false;
    for (const { from, to } of edges) {
      const next = (layer.get(from) ?? 0) + 1;
      if (to !== ARTICLE && next > (layer.get(to) ?? 0) && next < nodes.length) {
        layer.set(to, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const last = Math.max(0, ...[...layer].filter(([id]) => id !== ARTICLE).map(([, value]) => value)) + 1;
  layer.set(ARTICLE, last);
  return layer;
}

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
  const lines = wrapLabel(node.label);
  const x = node.x + NODE_WIDTH / 2;
  const first = node.y + NODE_HEIGHT / 2 - ((lines.length - 1) * LINE_HEIGHT) / 2;
  return `<text>${lines.map((line, i) => `<tspan x="${x}" y="${first + i * LINE_HEIGHT}">${escapeHtml(line)}</tspan>`).join("")}</text>`;
}

function placeNodes(claim: ReportClaim): { placed: Map<string, Placed>; edges: ReportClaim["graph"]["hops"] } {
  const edges = claim.graph.hops;
  const sources = new Map(claim.graph.sources.map((source) => [source.id, source]));
  const ids = [...new Set([...edges.flatMap((hop) => [hop.from, hop.to ?? ARTICLE]), ARTICLE])];
  const layers = assignLayers(
    ids,
    edges.map((hop) => ({ from: hop.from, to: hop.to ?? ARTICLE })),
  );
  const columns = new Map<number, string[]>();
  for (const id of ids) columns.set(layers.get(id)!, [...(columns.get(layers.get(id)!) ?? []), id]);
  const rows = new Map<string, number>();
  for (const layer of [...columns.keys()].sort((a, b) => a - b)) {
    const column = columns.get(layer)!;
    const weight = (id: string) => {
      const parents = edges
        .filter((hop) => (hop.to ?? ARTICLE) === id && rows.has(hop.from))
        .map((hop) => rows.get(hop.from)!);
      return parents.length ? parents.reduce((sum, row) => sum + row, 0) / parents.length : Number.MAX_SAFE_INTEGER;
    };
    column.sort(
      (a, b) => weight(a) - weight(b) || (sources.get(a)?.name ?? "").localeCompare(sources.get(b)?.name ?? ""),
    );
    column.forEach((id, row) => {
      rows.set(id, row);
    });
  }
  const tallest = Math.max(...[...columns.values()].map((column) => column.length));
  const placed = new Map<string, Placed>();
  for (const [layer, column] of columns) {
    const offset = ((tallest - column.length) * (NODE_HEIGHT + GAP_Y)) / 2;
    column.forEach((id, row) => {
      const source = sources.get(id);
      placed.set(id, {
        id,
        row,
        layer,
        label: id === ARTICLE ? ARTICLE_LABEL : (source?.name ?? id),
        kind: id === ARTICLE ? "article" : (source?.type ?? "PERSON").toLowerCase(),
        x: PAD + layer * (NODE_WIDTH + GAP_X),
        y: PAD + offset + row * (NODE_HEIGHT + GAP_Y),
      });
    });
  }
  return { placed, edges };
}

/** The diagram as an inline <svg>; `index` keeps marker ids unique within one page. */
export function drawChainDiagram(claim: ReportClaim, index: number): string {
  const { placed, edges } = placeNodes(claim);
  const nodes = [...placed.values()];
  const width = Math.max(...nodes.map((node) => node.x)) + NODE_WIDTH + PAD;
  const height = Math.max(...nodes.map((node) => node.y)) + NODE_HEIGHT + PAD;
  const marker = `chain-arrow-${index}`;
  const lines = edges.map((hop) => {
    const from = placed.get(hop.from)!;
    const to = placed.get(hop.to ?? ARTICLE)!;
    const [x1, y1, x2, y2] = [from.x + NODE_WIDTH, from.y + NODE_HEIGHT / 2, to.x - 2, to.y + NODE_HEIGHT / 2];
    const bend = (x2 - x1) / 2;
    const title = `${from.label} → ${to.label}: ${humanizeEnum(hop.relation)}, ${formatPercent(hop.confidence)}${hop.firstHand ? ", first-hand" : ""}`;
    return `<path class="edge${hop.firstHand ? "" : " second-hand"}" d="M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}" stroke-width="${(1 + 2 * hop.confidence).toFixed(1)}" marker-end="url(#${marker})"><title>${escapeHtml(title)}</title></path>`;
  });
  const boxes = nodes.map(
    (node) =>
      `<g class="node node-${escapeHtml(node.kind)}"><title>${escapeHtml(node.label)}</title><rect x="${node.x}" y="${node.y}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="6"/>${drawLabel(node)}</g>`,
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
