import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexGraph } from "@/lib/provenance/graph-index";
import { ratePath } from "@/lib/provenance/rate-hop";
import { describeIndirectReporting } from "@/lib/reader/describe-indirect-reporting";
import { arbitraryGraph } from "../provenance/arbitrary-graph";
import { makeGraph, makeHop, makeSource, makeTroopsGraph } from "../provenance/build-graph";
import { readerClaim, seedClaims, seedTroops } from "./reader-fixtures";

const outlets = [
  makeSource("macron", "Emmanuel Macron"),
  makeSource("depeche", "La Dépêche du Midi", "OUTLET"),
  makeSource("parisien", "Le Parisien", "OUTLET"),
];
const secondHand = { firstHand: false, confidence: 0.75 } as const;

describe("plain words for indirect reporting", () => {
  it("says that two outlets relied on one unrecorded source for the seed's troops claim", () => {
    expect(describeIndirectReporting(seedTroops)).toBe(
      "Reported second-hand: this article relies on La Dépêche du Midi and Le Parisien, who both relied on a single unrecorded source, journalists from regional French newspapers: 2 reports of one account, not independent confirmation.",
    );
  });

  it("follows a single chain back to its origin, and says when no record exists", () => {
    const claim = seedClaims.find((candidate) => candidate.quote.startsWith("approval from Moscow"))!;
    expect(describeIndirectReporting(claim)).toBe(
      "Reported second-hand: this article relies on Le Parisien, who had it from journalists from regional French newspapers, who had it from Emmanuel Macron. No recording or other primary record of the original words is available.",
    );
  });

  it("says nothing for direct or unattributed claims", () => {
    const direct = seedClaims.filter((claim) => claim.provenance.directness !== "indirect");
    expect(direct.length).toBeGreaterThan(0);
    for (const claim of direct) expect(describeIndirectReporting(claim)).toBeNull();
  });

  it("counts independent lines when the outlets each had it from the origin", () => {
    const graph = makeGraph(
      outlets,
      [
        makeHop("a", "macron", "depeche"),
        makeHop("b", "macron", "parisien"),
        makeHop("c", "depeche", null, secondHand),
        makeHop("d", "parisien", null, secondHand),
      ],
      {
        primaryRecord: "AVAILABLE",
      },
    );
    expect(describeIndirectReporting(readerClaim(graph))).toBe(
      "Reported second-hand: this article relies on La Dépêche du Midi and Le Parisien, whose reports trace back along 2 independent lines of sourcing. A primary record of the original words is available.",
    );
  });

  it("names what is still standing once an outlet is retracted, and says when nothing is", () => {
    const troops = makeTroopsGraph();
    const withdraw = (ids: string[]) => ({
      ...troops,
      sources: troops.sources.map((source) =>
        ids.includes(source.id) ? { ...source, standing: "RETRACTED" as const } : source,
      ),
    });
    expect(describeIndirectReporting(readerClaim(withdraw(["parisien"])))).toMatch(
      /^Reported second-hand: this article relies on La Dépêche du Midi, who had it from journalists from regional French newspapers, who had it from Emmanuel Macron\./,
    );
    expect(describeIndirectReporting(readerClaim(withdraw(["journalists"])))).toBe(
      "Reported second-hand: every route by which this claim reached the article has been retracted, so nothing on record still supports it.",
    );
  });

  it("is derived from the chain, never from the annotation's notes", () => {
    const noted = { ...seedTroops, graph: { ...seedTroops.graph, primaryRecordNote: "NOTE FROM THE ANNOTATION" } };
    expect(describeIndirectReporting(noted)).toBe(describeIndirectReporting(seedTroops));
    expect(describeIndirectReporting(noted)).not.toContain("NOTE");
  });

  it("names every source the article relies on, for any indirect graph", () => {
    fc.assert(
      fc.property(arbitraryGraph, (graph) => {
        const claim = readerClaim(graph);
        const sentence = describeIndirectReporting(claim);
        if (claim.provenance.directness !== "indirect") return sentence === null;
        const index = indexGraph(graph);
        const supporting = claim.provenance.paths.filter((path) => ratePath(index, path).supported);
        expect(sentence).toMatch(/^Reported second-hand: /);
        for (const path of supporting) expect(sentence).toContain(index.sources.get(path.at(-1)!)!.name);
        return true;
      }),
    );
  });
});
