import { describe, expect, it } from "vitest";
import { countSourcing } from "@/lib/reader/count-sourcing";
import { computeAnnotationFigures, countChainLines } from "../../support/annotation-figures";
import { seedAnnotation } from "../annotation/seed";
import { makeGraph, makeHop, makeSource, makeTroopsGraph } from "../provenance/build-graph";
import { readerClaim, seedClaims } from "./reader-fixtures";

const unattributed = () => makeGraph([], [], { speakerId: null });

describe("counting an article's sourcing", () => {
  it("agrees with figures computed straight from the seed's reference annotation", () => {
    const counts = countSourcing(seedClaims);
    const expected = computeAnnotationFigures(seedAnnotation.claims as never);
    expect(counts).toMatchObject({
      claims: expected.claims,
      indirect: expected.indirect,
      noPrimaryRecord: expected.noPrimaryRecord,
      attributed: expected.attributed,
      singleSource: expected.singleSource,
      unattributed: expected.unattributed,
    });
    expect(counts.byStrength.disputed).toBe(expected.disputed);
    expect(Object.values(counts.byStrength).reduce((sum, count) => sum + count, 0)).toBe(counts.claims);
  });

  it("counts as single-source only attributed claims with exactly one independent path", () => {
    const separately = makeGraph(
      [
        makeSource("macron", "Emmanuel Macron"),
        makeSource("depeche", "La Dépêche du Midi", "OUTLET"),
        makeSource("parisien", "Le Parisien", "OUTLET"),
      ],
      [
        makeHop("a", "macron", "depeche"),
        makeHop("b", "macron", "parisien"),
        makeHop("c", "depeche", null, { firstHand: false, confidence: 0.75 }),
        makeHop("d", "parisien", null, { firstHand: false, confidence: 0.75 }),
      ],
    );
    const allRetracted = {
      ...makeTroopsGraph(),
      sources: makeTroopsGraph().sources.map((source) =>
        source.id === "journalists" ? { ...source, standing: "RETRACTED" as const } : source,
      ),
    };
    const counts = countSourcing([
      readerClaim(makeTroopsGraph()),
      readerClaim(separately),
      readerClaim(unattributed()),
      readerClaim(allRetracted, "ASSERTED"),
    ]);
    expect(readerClaim(separately).provenance.independentPaths).toBe(2);
    expect(readerClaim(allRetracted).provenance.independentPaths).toBe(0);
    expect(counts).toMatchObject({ claims: 4, attributed: 3, singleSource: 1, unattributed: 1, indirect: 3 });
    expect(counts.byStrength).toEqual({ direct: 0, indirect: 2, unattributed: 1, disputed: 1 });
  });
});

describe("the reference figures from an annotation", () => {
  it("count independent lines of a chain by its narrowest step between origin and article", () => {
    expect(countChainLines(["A", "this article"])).toBe(1);
    expect(countChainLines(["A / B", "this article"])).toBe(2);
    expect(countChainLines(["A", "B / C", "this article"])).toBe(2);
    expect(countChainLines(["A", "J", "B / C", "this article"])).toBe(1);
    expect(countChainLines(["this article"])).toBe(0);
  });
});
