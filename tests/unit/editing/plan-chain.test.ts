import { describe, expect, it } from "vitest";
import { defaultHop } from "@/lib/editing/default-hop";
import { type ChainSource, planChain } from "@/lib/editing/plan-chain";
import { SourceType } from "@/lib/vocabulary";

const macron: ChainSource = { id: "m", name: "Emmanuel Macron", type: "PERSON" };
const depeche: ChainSource = { id: "d", name: "La Dépêche du Midi", type: "OUTLET" };
const parisien: ChainSource = { id: "p", name: "Le Parisien", type: "OUTLET" };
const afp: ChainSource = { id: "a", name: "Agence France-Presse", type: "OUTLET" };
const statement: ChainSource = { id: "s", name: "Élysée statement", type: "OFFICIAL_STATEMENT" };

const describeHop = (hop: ReturnType<typeof planChain>[number]) =>
  `${hop.from.name} → ${hop.to?.name ?? "this article"}: ${hop.relation}, ${hop.firstHand ? "first" : "second"}-hand, ${hop.confidence}`;

describe("defaultHop", () => {
  const said = (firstHand: boolean, confidence: number) => ({ relation: "SAID_TO", firstHand, confidence });
  const basedOn = { relation: "BASED_ON", firstHand: true, confidence: 0.9 };
  // One row per source type: what the recorded type supports, and no more.
  it.each([
    ["PERSON", said(true, 0.9)],
    ["GROUP", said(true, 0.9)],
    ["ORGANIZATION", said(true, 0.9)],
    ["EVENT", said(true, 0.9)],
    ["OUTLET", { relation: "REPORTED_BY", firstHand: false, confidence: 0.75 }],
    ["OFFICIAL_STATEMENT", basedOn],
    ["DOCUMENT", basedOn],
    ["RECORDING", basedOn],
    ["DATASET", basedOn],
    ["UNKNOWN", said(false, 0.5)],
  ] as const)("proposes for a %s teller what its type supports", (type, expected) => {
    expect(defaultHop(type)).toEqual(expected);
  });

  it("has a row above for every source type", () => {
    expect(SourceType.options).toHaveLength(10);
  });

  it("never proposes first-hand for a teller whose type was not recorded", () => {
    const unknown: ChainSource = { id: "u", name: "Sea Wolf", type: "UNKNOWN" };
    expect(planChain({ start: unknown, steps: [[depeche]], toArticle: true }).map(describeHop)).toEqual([
      "Sea Wolf → La Dépêche du Midi: SAID_TO, second-hand, 0.5",
      "La Dépêche du Midi → this article: REPORTED_BY, second-hand, 0.75",
    ]);
  });
});

describe("planChain", () => {
  it("builds the 3-hop chain with two parallel outlets: each outlet hears the speaker and passes it to the next step", () => {
    const hops = planChain({ start: macron, steps: [[depeche, parisien], [afp]], toArticle: true });
    expect(hops.map(describeHop)).toEqual([
      "Emmanuel Macron → La Dépêche du Midi: SAID_TO, first-hand, 0.9",
      "Emmanuel Macron → Le Parisien: SAID_TO, first-hand, 0.9",
      "La Dépêche du Midi → Agence France-Presse: REPORTED_BY, second-hand, 0.75",
      "Le Parisien → Agence France-Presse: REPORTED_BY, second-hand, 0.75",
      "Agence France-Presse → this article: REPORTED_BY, second-hand, 0.75",
    ]);
  });

  it("adds no hop to the article unless asked, and none at all for a speaker alone", () => {
    expect(planChain({ start: macron, steps: [], toArticle: false })).toEqual([]);
    expect(planChain({ start: macron, steps: [[depeche]], toArticle: false }).map(describeHop)).toEqual([
      "Emmanuel Macron → La Dépêche du Midi: SAID_TO, first-hand, 0.9",
    ]);
    expect(planChain({ start: statement, steps: [], toArticle: true }).map(describeHop)).toEqual([
      "Élysée statement → this article: BASED_ON, first-hand, 0.9",
    ]);
  });

  it("starts at the first step when there is no speaker", () => {
    expect(planChain({ start: null, steps: [[depeche, parisien]], toArticle: true }).map(describeHop)).toEqual([
      "La Dépêche du Midi → this article: REPORTED_BY, second-hand, 0.75",
      "Le Parisien → this article: REPORTED_BY, second-hand, 0.75",
    ]);
  });

  it("refuses two neighbouring steps of parallel sources, and a source twice", () => {
    expect(() =>
      planChain({
        start: macron,
        steps: [
          [depeche, parisien],
          [afp, statement],
        ],
        toArticle: true,
      }),
    ).toThrow(/La Dépêche du Midi and Le Parisien and then Agence France-Presse and Élysée statement/);
    expect(() => planChain({ start: macron, steps: [[depeche], [macron]], toArticle: true })).toThrow(
      "Emmanuel Macron is in this chain already",
    );
  });
});
