// fast-check generators of valid claim graphs (acyclic, every hop leading to the article).
import fc from "fast-check";
import type { ClaimGraph, GraphHop, GraphSource } from "@/lib/provenance/graph";
import { HopRelation, SourceType, type StandingStatus } from "@/lib/vocabulary";

type HopTraits = Pick<GraphHop, "relation" | "firstHand" | "confidence" | "standing">;

const standing = fc.constantFrom<StandingStatus>("ACTIVE", "ACTIVE", "ACTIVE", "CORRECTED", "RETRACTED");

export const arbitraryHopTraits: fc.Arbitrary<HopTraits> = fc.record({
  relation: fc.constantFrom(...HopRelation.options),
  firstHand: fc.boolean(),
  confidence: fc.oneof(fc.constantFrom(0, 0.25, 0.5, 0.75, 0.9, 1), fc.double({ min: 0, max: 1, noNaN: true })),
  standing,
});

const FALLBACK: HopTraits = { relation: "REPORTED_BY", firstHand: false, confidence: 0.75, standing: "ACTIVE" };

/** Source ids are s0, s1, …; hops only go from a lower to a higher index, so no cycle forms. */
export const arbitraryGraph: fc.Arbitrary<ClaimGraph> = fc.integer({ min: 0, max: 6 }).chain((count) =>
  fc
    .record({
      sources: fc.array(
        fc.record({
          name: fc.constantFrom("Ana", "ana", "Ben", "Émile", "Zoe"),
          type: fc.constantFrom(...SourceType.options),
          standing,
        }),
        { minLength: count, maxLength: count },
      ),
      links: fc.array(fc.option(arbitraryHopTraits, { freq: 2 }), {
        minLength: (count * (count - 1)) / 2,
        maxLength: (count * (count - 1)) / 2,
      }),
      intoArticle: fc.array(fc.option(arbitraryHopTraits, { freq: 2 }), { minLength: count, maxLength: count }),
      repeats: fc.array(fc.record({ pick: fc.nat(), traits: arbitraryHopTraits }), { maxLength: 2 }),
      primaryRecord: fc.constantFrom("UNKNOWN", "UNKNOWN", "AVAILABLE", "NOT_AVAILABLE" as const),
    })
    .map(({ sources, links, intoArticle, repeats, primaryRecord }) => {
      const graphSources: GraphSource[] = sources.map((source, i) => ({ id: `s${i}`, ...source }));
      const hops: GraphHop[] = [];
      let pair = 0;
      for (let from = 0; from < count; from++) {
        for (let to = from + 1; to < count; to++) {
          const traits = links[pair++];
          if (traits) hops.push({ id: `h${from}-${to}`, from: `s${from}`, to: `s${to}`, ...traits });
        }
      }
      const reaching = new Set<string>();
      for (let i = count - 1; i >= 0; i--) {
        const id = `s${i}`;
        const traits = intoArticle[i];
        if (traits) hops.push({ id: `h${i}-article`, from: id, to: null, ...traits });
        const used = hops.some((hop) => hop.from === id || hop.to === id);
        if (used && !traits && !hops.some((hop) => hop.from === id && hop.to !== null && reaching.has(hop.to))) {
          hops.push({ id: `h${i}-article`, from: id, to: null, ...FALLBACK });
        }
        if (used) reaching.add(id);
      }
      repeats.forEach(({ pick, traits }, i) => {
        const original = hops[pick % Math.max(1, hops.length)];
        if (original) hops.push({ ...original, ...traits, id: `${original.id}-again${i}` });
      });
      return {
        claimId: "claim",
        speakerId: graphSources[0]?.id ?? null,
        sources: graphSources,
        hops,
        primaryRecord,
        primaryRecordNote: null,
      } satisfies ClaimGraph;
    }),
);

/** The same graph with its sources and hops in another order (seeded, so failures replay). */
export function shuffleGraph(graph: ClaimGraph, seed: number): ClaimGraph {
  let state = seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };
  return { ...graph, sources: shuffle(graph.sources), hops: shuffle(graph.hops) };
}
