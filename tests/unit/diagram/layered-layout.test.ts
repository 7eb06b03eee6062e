import { describe, expect, it } from "vitest";
import { layoutLayers } from "@/lib/diagram/layered-layout";

const SPACING = { nodeGap: 22, columnGap: 44, edgeGap: 12, margin: 6 };
const chain = () => ({
  nodes: [
    { id: "macron", width: 156, height: 64 },
    { id: "journalists", width: 156, height: 82 },
    { id: "article", width: 156, height: 46 },
  ],
  edges: [
    { id: "h1", source: "macron", target: "journalists", labelWidth: 120, labelHeight: 38 },
    { id: "h2", source: "journalists", target: "article", labelWidth: 120, labelHeight: 38 },
  ],
});

describe("layoutLayers, computed once per chain", () => {
  it("gives every later reader of an unchanged chain the layout made for the first", () => {
    const first = layoutLayers(chain().nodes, chain().edges, SPACING);
    const again = layoutLayers(chain().nodes, chain().edges, SPACING);
    expect(again).toBe(first);
    expect(first.nodes.get("macron")!.x).toBeLessThan(first.nodes.get("journalists")!.x);
    expect(first.nodes.get("journalists")!.x).toBeLessThan(first.nodes.get("article")!.x);
  });

  it("lays out afresh when the chain changes: a taller box (a longer name, a retraction badge), a new hop", () => {
    const first = layoutLayers(chain().nodes, chain().edges, SPACING);
    const taller = chain();
    taller.nodes[1]!.height = 102;
    const relaid = layoutLayers(taller.nodes, taller.edges, SPACING);
    expect(relaid).not.toBe(first);
    expect(relaid.nodes.get("journalists")!.height).toBe(102);
    expect(relaid.height).toBeGreaterThan(first.height);

    const longer = chain();
    longer.nodes.push({ id: "outlet", width: 156, height: 64 });
    longer.edges.push({ id: "h3", source: "journalists", target: "outlet", labelWidth: 120, labelHeight: 38 });
    const extended = layoutLayers(longer.nodes, longer.edges, SPACING);
    expect([...extended.edges.keys()]).toEqual(["h1", "h2", "h3"]);
    expect(layoutLayers(chain().nodes, chain().edges, SPACING)).toBe(first);
  });
});
