import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ARTICLE_NODE } from "@/lib/provenance/graph";
import { describeChainPaths, toChainDiagram } from "@/lib/reader/chain-diagram";
import { layoutChain } from "@/lib/reader/layout-chain";
import { arbitraryGraph } from "../provenance/arbitrary-graph";
import { makeGraph, makeHop, makeSource, makeTroopsGraph } from "../provenance/build-graph";
import { readerClaim, seedClaims, seedTroops } from "./reader-fixtures";

const JOURNALISTS = "journalists from regional French newspapers";

describe("a claim's chain as diagram input", () => {
  it("draws a source shared by two paths once, with both outlets fanning out from it", () => {
    const diagram = toChainDiagram(seedTroops);
    expect(diagram.nodes.map((node) => node.name).sort()).toEqual(
      ["Emmanuel Macron", JOURNALISTS, "La Dépêche du Midi", "Le Parisien", "This article"].sort(),
    );
    const id = (name: string) => diagram.nodes.find((node) => node.name === name)!.id;
    const leaving = diagram.edges.filter((edge) => edge.source === id(JOURNALISTS));
    expect(leaving.map((edge) => edge.target).sort()).toEqual([id("La Dépêche du Midi"), id("Le Parisien")].sort());
    expect(diagram.edges.filter((edge) => edge.target === ARTICLE_NODE)).toHaveLength(2);
    expect(diagram.nodes.find((node) => node.role === "origin")?.name).toBe("Emmanuel Macron");
  });

  it("labels each hop with its relation, first-hand or not, and confidence as a percentage", () => {
    const diagram = toChainDiagram(seedTroops);
    const labels = diagram.edges.map((edge) => edge.label.join(" / ")).sort();
    expect(labels).toEqual([
      "paraphrased by / second-hand · 75%",
      "paraphrased by / second-hand · 75%",
      "reported by / second-hand · 50%",
      "reported by / second-hand · 50%",
      "said to / first-hand · 90%",
    ]);
    expect(diagram.edges.find((edge) => edge.label[0] === "said to")!.description).toBe(
      `Emmanuel Macron to ${JOURNALISTS}: said to, first-hand, 90%`,
    );
  });

  it("marks retracted and corrected sources, and the hops they break or weaken", () => {
    const troops = makeTroopsGraph();
    const graph = {
      ...troops,
      sources: troops.sources.map((source) =>
        source.id === "parisien"
          ? { ...source, standing: "RETRACTED" as const }
          : source.id === "depeche"
            ? { ...source, standing: "CORRECTED" as const }
            : source,
      ),
    };
    const diagram = toChainDiagram(readerClaim(graph));
    expect(diagram.nodes.find((node) => node.id === "parisien")!.standing).toBe("RETRACTED");
    const intoParisien = diagram.edges.find((edge) => edge.target === "parisien")!;
    expect(intoParisien).toMatchObject({ standing: "RETRACTED", supports: false });
    expect(intoParisien.label).toEqual(["reported by", "first-hand · 90%", "retracted"]);
    expect(intoParisien.description).toBe(
      "journalists from regional French newspapers to Le Parisien: reported by, first-hand, 90%, retracted",
    );
    expect(diagram.edges.find((edge) => edge.source === "depeche")).toMatchObject({
      standing: "CORRECTED",
      supports: true,
    });
    const paths = describeChainPaths(readerClaim(graph));
    expect(paths.map((path) => [path.text, path.supported])).toEqual([
      ["Emmanuel Macron → journalists from regional French newspapers → La Dépêche du Midi → this article", true],
      ["Emmanuel Macron → journalists from regional French newspapers → Le Parisien → this article", false],
    ]);
  });

  it("leaves out hops an editor has not yet joined to the article, and draws nothing for an unattributed claim", () => {
    const troops = makeTroopsGraph();
    const extra = {
      ...troops,
      sources: [...troops.sources, makeSource("afp", "AFP", "OUTLET")],
      hops: [...troops.hops, makeHop("loose", "journalists", "afp")],
    };
    const diagram = toChainDiagram({
      graph: extra,
      provenance: readerClaim(troops).provenance,
      unfinishedHopIds: ["loose"],
    });
    expect(diagram.nodes.map((node) => node.id)).not.toContain("afp");
    expect(diagram.edges.map((edge) => edge.id)).not.toContain("loose");
    const unattributed = seedClaims.find((claim) => claim.provenance.directness === "unattributed")!;
    expect(toChainDiagram(unattributed)).toEqual({ nodes: [], edges: [] });
  });
});

describe("laying the chain out left to right", () => {
  it("puts the origin left of the journalists, the journalists left of both outlets, and the outlets left of the article", () => {
    const layout = layoutChain(toChainDiagram(seedTroops));
    const at = (name: string) => layout.nodes.find((node) => node.name === name)!;
    const [macron, journalists, depeche, parisien, article] = [
      "Emmanuel Macron",
      JOURNALISTS,
      "La Dépêche du Midi",
      "Le Parisien",
      "This article",
    ].map(at);
    expect(macron!.x).toBeLessThan(journalists!.x);
    expect(journalists!.x).toBeLessThan(depeche!.x);
    expect(depeche!.x).toBe(parisien!.x);
    expect(depeche!.y).not.toBe(parisien!.y);
    expect(parisien!.x).toBeLessThan(article!.x);
    // Both outlet edges leave the one journalists node, and each label sits between its two ends.
    const fromJournalists = layout.edges.filter((edge) => edge.source === journalists!.id);
    expect(fromJournalists).toHaveLength(2);
    for (const edge of layout.edges) {
      const source = layout.nodes.find((node) => node.id === edge.source)!;
      const target = layout.nodes.find((node) => node.id === edge.target)!;
      expect(edge.labelX).toBeGreaterThan(source.x + source.width);
      expect(edge.labelX).toBeLessThan(target.x);
      expect(edge.points.length).toBeGreaterThanOrEqual(2);
    }
  });

  it("never overlaps two nodes and fits every node inside the drawing, for any valid graph", () => {
    fc.assert(
      fc.property(arbitraryGraph, (graph) => {
        const diagram = toChainDiagram(readerClaim(graph));
        if (diagram.nodes.length === 0) return true;
        const layout = layoutChain(diagram);
        for (const [i, a] of layout.nodes.entries()) {
          expect(a.x).toBeGreaterThanOrEqual(0);
          expect(a.x + a.width).toBeLessThanOrEqual(layout.width + 0.5);
          for (const b of layout.nodes.slice(i + 1)) {
            const apart =
              a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
            expect(apart).toBe(true);
          }
        }
        const article = layout.nodes.find((node) => node.id === ARTICLE_NODE)!;
        expect(layout.nodes.every((node) => node === article || node.x < article.x)).toBe(true);
        return true;
      }),
      { numRuns: 60 },
    );
  });
});

describe("a simple direct chain", () => {
  it("has the speaker and the article only", () => {
    const graph = makeGraph([makeSource("starmer", "Keir Starmer")], [makeHop("h1", "starmer", null)]);
    const layout = layoutChain(toChainDiagram(readerClaim(graph)));
    expect(layout.nodes.map((node) => node.role)).toEqual(["origin", "article"]);
    expect(layout.edges).toHaveLength(1);
  });
});
