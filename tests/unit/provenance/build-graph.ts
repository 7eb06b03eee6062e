// Small hand-built claim graphs for the provenance tests.
import type { ClaimGraph, GraphHop, GraphSource } from "@/lib/provenance/graph";
import type { SourceType } from "@/lib/vocabulary";

export function makeSource(
  id: string,
  name: string,
  type: SourceType = "PERSON",
  standing: GraphSource["standing"] = "ACTIVE",
): GraphSource {
  return { id, name, type, standing };
}

/** Defaults: a first-hand account at 0.9. */
export function makeHop(id: string, from: string, to: string | null, traits: Partial<GraphHop> = {}): GraphHop {
  return {
    id,
    from,
    to,
    relation: to === null ? "REPORTED_BY" : "SAID_TO",
    firstHand: true,
    confidence: 0.9,
    standing: "ACTIVE",
    ...traits,
  };
}

export function makeGraph(sources: GraphSource[], hops: GraphHop[], traits: Partial<ClaimGraph> = {}): ClaimGraph {
  return {
    claimId: "claim",
    speakerId: sources[0]?.id ?? null,
    sources,
    hops,
    primaryRecord: "UNKNOWN",
    primaryRecordNote: null,
    ...traits,
  };
}

/**
 * The seed's troops claim: Macron → regional journalists (first-hand) → La Dépêche du Midi and
 * Le Parisien (first-hand) → the article (second-hand, 0.75); no recording exists.
 */
export function makeTroopsGraph(): ClaimGraph {
  return makeGraph(
    [
      makeSource("macron", "Emmanuel Macron"),
      makeSource("journalists", "journalists from regional French newspapers", "GROUP"),
      makeSource("depeche", "La Dépêche du Midi", "OUTLET"),
      makeSource("parisien", "Le Parisien", "OUTLET"),
    ],
    [
      makeHop("h1", "macron", "journalists"),
      makeHop("h2", "journalists", "depeche", { relation: "REPORTED_BY" }),
      makeHop("h3", "journalists", "parisien", { relation: "REPORTED_BY" }),
      makeHop("h4", "depeche", null, { relation: "PARAPHRASED_BY", firstHand: false, confidence: 0.75 }),
      makeHop("h5", "parisien", null, { relation: "PARAPHRASED_BY", firstHand: false, confidence: 0.75 }),
    ],
    { primaryRecord: "NOT_AVAILABLE", primaryRecordNote: "no recording, per Macron's office" },
  );
}

/** Two people who each saw the event and each told the article. */
export function makeTwoWitnessGraph(): ClaimGraph {
  return makeGraph(
    [makeSource("ana", "Ana Ortiz"), makeSource("ben", "Ben Okafor")],
    [makeHop("h1", "ana", null), makeHop("h2", "ben", null, { confidence: 0.75 })],
  );
}
