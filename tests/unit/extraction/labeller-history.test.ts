// The labeller's tag history (the two tags before a word) is part of the stored model, and the
// misreadings it brought with it stay out of the claims: sentences of our own, in the shape of
// the corpus's.
import { describe, expect, it } from "vitest";
import modelData from "../../../lib/extraction/attribution-model.json" with { type: "json" };
import { historyFeatures, type TaggerModel } from "../../../lib/extraction/attribution-tagger.ts";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";

const model = modelData as TaggerModel;

const claimsOf = (text: string) =>
  extractClaims(text).map((c) => ({ text: text.slice(c.start, c.end), speaker: c.speaker, kind: c.kind }));

describe("the stored labeller", () => {
  it("keeps the weights of the tags before a word, which training learned with the rest", () => {
    // A cue running on ("according | to"): the tag before it and the pair of tags before it.
    const [previous, pair] = historyFeatures("B-C", "I-C", []);
    for (const f of [previous, pair]) expect(model.weights[f ?? ""], f).toBeDefined();
  });
});

describe("misreadings kept out of labelled claims", () => {
  it("reads 'but gave no further details' as a note about the reporting, not a second claim", () => {
    const text = 'Police said they had arrested nine people for "looting shops," but gave no further details.';
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.text).toContain("but gave no further details");
    expect(claims[0]?.speaker).toBe("Police");
  });

  it("keeps a purpose clause ('as well as to evaluate…') in a fact", () => {
    const text =
      "This was the third meeting of the group in a month, designed to support the fishing towns, as well as to evaluate funding for any future harbour repairs.";
    expect(claimsOf(text)).toEqual([expect.objectContaining({ kind: "unattributed_fact", speaker: null })]);
  });

  it("gives no claim to a concessive clause after 'according to'", () => {
    const text =
      "At least six people were hurt in the blast, according to local radio reports, though the port authority has confirmed only three injuries.";
    const claims = claimsOf(text);
    expect(claims.map((c) => c.text)).toEqual(["At least six people were hurt in the blast"]);
  });

  it("names a speaker 'one of the people', never 'of the people'", () => {
    const text =
      "The deal could be signed as soon as next month, one of the people said. The talks could still collapse, the people cautioned.";
    for (const c of claimsOf(text)) expect(c.speaker).not.toMatch(/^of\b/);
  });
});
