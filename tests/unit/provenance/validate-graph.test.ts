import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { validateGraph } from "@/lib/provenance/validate-graph";
import { makeGraph, makeHop, makeSource, makeTroopsGraph } from "./build-graph";

function rejectionOf(input: unknown): AppError {
  try {
    validateGraph(input);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the graph to be rejected");
}

const trio = [makeSource("a", "Ana Ortiz"), makeSource("b", "Ben Okafor"), makeSource("c", "Cy Lund")];

describe("validateGraph", () => {
  it("accepts a well-formed graph and fills in defaults", () => {
    const { sources, hops, ...rest } = makeTroopsGraph();
    const input = { ...rest, sources: sources.map(({ standing: _, ...source }) => source), hops };
    const graph = validateGraph(input);
    expect(graph.sources.every((source) => source.standing === "ACTIVE")).toBe(true);
    expect(graph.hops).toHaveLength(5);
  });

  it("accepts an unattributed claim with no hops", () => {
    expect(validateGraph(makeGraph([], [], { speakerId: null })).hops).toEqual([]);
  });

  it("rejects a cycle, naming the sources in it", () => {
    const graph = makeGraph(trio, [
      makeHop("h1", "a", "b"),
      makeHop("h2", "b", "c"),
      makeHop("h3", "c", "a"),
      makeHop("h4", "c", null),
    ]);
    const error = rejectionOf(graph);
    expect(error.code).toBe("INVALID");
    expect(error.message).toContain("Ana Ortiz → Ben Okafor → Cy Lund → Ana Ortiz");
  });

  it("names the same cycle whatever order the hops come in", () => {
    const hops = [makeHop("h1", "a", "b"), makeHop("h2", "b", "c"), makeHop("h3", "c", "a"), makeHop("h4", "c", null)];
    const forwards = rejectionOf(makeGraph(trio, hops)).message;
    const backwards = rejectionOf(makeGraph([...trio].reverse(), [...hops].reverse())).message;
    expect(backwards).toBe(forwards);
  });

  it("rejects a hop to nowhere", () => {
    const error = rejectionOf(makeGraph(trio, [makeHop("h1", "a", "ghost"), makeHop("h2", "a", null)]));
    expect(error.code).toBe("INVALID");
    expect(error.message).toMatch(/hop to nowhere/);
    expect(error.message).toContain('"ghost"');
  });

  it("rejects a hop from an unknown source", () => {
    expect(rejectionOf(makeGraph(trio, [makeHop("h1", "ghost", null)])).message).toMatch(/starts nowhere/);
  });

  it.each([1.5, -0.1, Number.NaN])("rejects confidence %s", (confidence) => {
    const error = rejectionOf(makeGraph(trio, [makeHop("h1", "a", null, { confidence })]));
    expect(error.code).toBe("INVALID");
    expect(error.message).toBe(`Hop "h1" has confidence ${confidence}; confidence must be a number from 0 to 1.`);
  });

  it("rejects a hop from a source to itself", () => {
    expect(rejectionOf(makeGraph(trio, [makeHop("h1", "a", "a"), makeHop("h2", "a", null)])).message).toContain(
      "Ana Ortiz",
    );
  });

  it("rejects a hop into a source that never passes the claim on (dangling)", () => {
    const error = rejectionOf(makeGraph(trio, [makeHop("h1", "a", null), makeHop("h2", "a", "b")]));
    expect(error.message).toMatch(/"Ben Okafor" never passes the claim on/);
  });

  it("rejects hops of which none reaches the article", () => {
    expect(rejectionOf(makeGraph(trio, [makeHop("h1", "a", "b")])).message).toMatch(
      /None of the hops reaches this article/,
    );
  });

  it("rejects repeated ids and an unknown speaker", () => {
    expect(rejectionOf(makeGraph([...trio, makeSource("a", "Again")], [])).message).toMatch(
      /Source id "a" is used twice/,
    );
    expect(rejectionOf(makeGraph(trio, [makeHop("h1", "a", null), makeHop("h1", "b", null)])).message).toMatch(
      /Hop id "h1" is used twice/,
    );
    expect(rejectionOf(makeGraph(trio, [], { speakerId: "ghost" })).message).toMatch(/speaker "ghost"/);
  });

  it("reports shape errors with where they are", () => {
    const error = rejectionOf({ ...makeGraph(trio, []), sources: [{ id: "a", name: "Ana", type: "ALIEN" }] });
    expect(error.code).toBe("INVALID");
    expect(error.message).toMatch(/^The claim graph is malformed at sources\[0\]\.type/);
    expect(rejectionOf(null).message).toMatch(/^The claim graph is malformed/);
  });
});
