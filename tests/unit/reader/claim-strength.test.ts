import { describe, expect, it } from "vitest";
import { classifyClaim, restsOnRetraction } from "@/lib/reader/claim-strength";
import { labelClaim } from "@/lib/reader/label-claim";
import { ClaimStatus } from "@/lib/vocabulary";
import { makeGraph, makeHop, makeSource, makeTroopsGraph } from "../provenance/build-graph";
import { readerClaim, seedTroops } from "./reader-fixtures";

const starmer = () => makeGraph([makeSource("starmer", "Keir Starmer")], [makeHop("h1", "starmer", null)]);
const unattributed = () => makeGraph([], [], { speakerId: null });

describe("classifying a claim's sourcing", () => {
  it("follows the analysis' directness for claims in good standing", () => {
    expect(classifyClaim(seedTroops)).toBe("indirect");
    expect(classifyClaim(readerClaim(starmer()))).toBe("direct");
    expect(classifyClaim(readerClaim(unattributed()))).toBe("unattributed");
  });

  it.each(["DISPUTED", "DENIED", "CORRECTED", "RETRACTED"] as const)(
    "shows a %s claim as disputed or withdrawn, whatever its chain",
    (status) => {
      expect(classifyClaim(readerClaim(starmer(), status))).toBe("disputed");
      expect(classifyClaim(readerClaim(unattributed(), status))).toBe("disputed");
    },
  );

  it("keeps asserted and corroborated claims in their directness class", () => {
    const others = ClaimStatus.options.filter(
      (status) => !["DISPUTED", "DENIED", "CORRECTED", "RETRACTED"].includes(status),
    );
    expect(others).toEqual(["ASSERTED", "CORROBORATED"]);
    for (const status of others) expect(classifyClaim(readerClaim(makeTroopsGraph(), status))).toBe("indirect");
  });

  it("shows a claim resting on a retracted source or hop as disputed or withdrawn, but not one resting on a corrected source", () => {
    const troops = makeTroopsGraph();
    const retractedSource = {
      ...troops,
      sources: troops.sources.map((source) =>
        source.id === "parisien" ? { ...source, standing: "RETRACTED" as const } : source,
      ),
    };
    const retractedHop = {
      ...troops,
      hops: troops.hops.map((hop) => (hop.id === "h1" ? { ...hop, standing: "RETRACTED" as const } : hop)),
    };
    const corrected = {
      ...troops,
      sources: troops.sources.map((source) => ({ ...source, standing: "CORRECTED" as const })),
    };
    expect(restsOnRetraction(retractedSource)).toBe(true);
    expect(classifyClaim(readerClaim(retractedSource))).toBe("disputed");
    expect(classifyClaim(readerClaim(retractedHop))).toBe("disputed");
    expect(classifyClaim(readerClaim(corrected))).toBe("indirect");
  });

  it("labels a claim for assistive technology with its number and class", () => {
    expect(labelClaim(4, "indirect", "participating nations…")).toBe("Claim 4, indirect: participating nations…");
    expect(labelClaim(2, "disputed", "x")).toBe("Claim 2, disputed or withdrawn: x");
  });
});
