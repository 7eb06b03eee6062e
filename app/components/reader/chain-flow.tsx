"use client";
// The chain diagram itself: positions come from the server (lib/reader/layout-chain.ts); this draws them
// with React Flow as a still picture (no dragging, zooming or selecting).
import "@xyflow/react/dist/style.css";
import {
  BaseEdge,
  type Edge,
  EdgeLabelRenderer,
  type EdgeProps,
  Handle,
  MarkerType,
  type Node,
  type NodeProps,
  Position,
  ReactFlow,
} from "@xyflow/react";
import type { SVGAttributes } from "react";
import { drawThrough } from "@/lib/diagram/draw-through";
import type { ChainLayout, PlacedEdge, PlacedNode } from "@/lib/reader/layout-chain";
import { describeStanding } from "@/lib/words/display-words";
import { capitalize } from "@/lib/words/phrasing";

type SourceFlowNode = Node<PlacedNode, "source">;
type HopFlowEdge = Edge<PlacedEdge, "hop">;

function SourceNode({ data }: NodeProps<SourceFlowNode>) {
  const badge = describeStanding(data.standing);
  return (
    <div className={`chain-node role-${data.role} standing-${data.standing.toLowerCase()}`}>
      <Handle type="target" position={Position.Left} isConnectable={false} className="chain-handle" />
      <span className="chain-node-caption">{data.caption}</span>
      <span className="chain-node-name">{data.name}</span>
      {badge ? <span className="chain-node-standing">{capitalize(badge)}</span> : null}
      <Handle type="source" position={Position.Right} isConnectable={false} className="chain-handle" />
    </div>
  );
}

function HopEdge({ id, sourceX, sourceY, targetX, targetY, data, markerEnd }: EdgeProps<HopFlowEdge>) {
  if (!data) return null;
  const path = drawThrough([{ x: sourceX, y: sourceY }, ...data.points.slice(1, -1), { x: targetX, y: targetY }]);
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={{ strokeWidth: 1 + 2 * data.confidence }} />
      <EdgeLabelRenderer>
        <div
          className={`chain-edge-label standing-${data.standing.toLowerCase()}`}
          style={{ transform: `translate(-50%, -50%) translate(${data.labelX}px, ${data.labelY}px)` }}
          data-edge-id={id}
        >
          {data.label.map((line) => (
            <span key={line}>{line}</span>
          ))}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

const nodeTypes = { source: SourceNode };
const edgeTypes = { hop: HopEdge };

export type ChainFlowProps = { layout: ChainLayout; label: string; zoom: number; offsetX: number };

export default function ChainFlow({ layout, label, zoom, offsetX }: ChainFlowProps) {
  const nodes: SourceFlowNode[] = layout.nodes.map((node) => ({
    id: node.id,
    type: "source",
    position: { x: node.x, y: node.y },
    width: node.width,
    height: node.height,
    data: node,
    ariaLabel: `${node.caption}: ${node.name}${describeStanding(node.standing) ? ` (${describeStanding(node.standing)})` : ""}`,
  }));
  const edges: HopFlowEdge[] = layout.edges.map((edge) => ({
    id: edge.id,
    type: "hop",
    source: edge.source,
    target: edge.target,
    data: edge,
    className: [
      edge.firstHand ? "hop-first-hand" : "hop-second-hand",
      ...(edge.supports ? [] : ["hop-broken"]),
      `standing-${edge.standing.toLowerCase()}`,
    ].join(" "),
    markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, color: edge.supports ? "#3d3d3d" : "#a3192a" },
    ariaLabel: edge.description,
    // Which sources an edge joins, for tests and scripts (React's SVG attribute type omits data-*).
    domAttributes: { "data-source": edge.source, "data-target": edge.target } as SVGAttributes<SVGGElement>,
  }));
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      defaultViewport={{ x: offsetX, y: 4, zoom }}
      minZoom={zoom}
      maxZoom={zoom}
      nodesDraggable={false}
      nodesConnectable={false}
      nodesFocusable={false}
      edgesFocusable={false}
      elementsSelectable={false}
      panOnDrag={false}
      panOnScroll={false}
      zoomOnScroll={false}
      zoomOnPinch={false}
      zoomOnDoubleClick={false}
      preventScrolling={false}
      aria-label={label}
    />
  );
}
