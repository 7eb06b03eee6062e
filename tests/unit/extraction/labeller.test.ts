// The learned labeller (lib/extraction/attribution-model.json, trained by
// `npm run train:extraction`): tokens keep their offsets, and attributions with verbs the rules
// never listed are found, with the source and content in the right places.
import { describe, expect, it } from "vitest";
import { describeTokens } from "../../../lib/extraction/attribution-features.ts";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { labelAttributions } from "../../../lib/extraction/label-attributions.ts";
import { sourceOfLabelled } from "../../../lib/extraction/labelled-source.ts";
import { tokenizeText } from "../../../lib/extraction/tokenize-text.ts";
import { findClaimAbout } from "./find-claim.ts";

describe("tokens", () => {
  it("slice back to their words, with a new paragraph at each line break", () => {
    const text = "Meridian’s chief executive, Paul Okafor, said it can't.\n\n“We’ll cooperate,” he said.";
    const tokens = tokenizeText(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
    expect(tokens.find((t) => t.value === "We")?.paragraph).toBe(1);
    expect(tokens.find((t) => t.value === "Okafor")?.paragraph).toBe(0);
  });
});

describe("the labeller's features", () => {
  it("pair each word's lemma with the lemma before and after, within the sentence", () => {
    const tokens = tokenizeText("Ruth Amari called for an inquiry. Ito agreed.");
    const features = describeTokens(tokens, new Set(["call"]), []);
    const called = features[tokens.findIndex((t) => t.value === "called")];
    expect(called).toContain("l-1l=amari|call");
    expect(called).toContain("ll+1=call|for");
    expect(features[tokens.findIndex((t) => t.value === "Ito")]).toContain("l-1l=<s>|ito");
  });
});

describe("the attribution labeller", () => {
  it("tags source, cue and content of a sentence with 'wrote'", () => {
    const text = "Senator Maria Lopez wrote that the farm bill would cut costs for growers across the state.";
    const [found] = labelAttributions(text);
    expect(found).toBeDefined();
    const slice = (r: { start: number; end: number } | null) => (r ? text.slice(r.start, r.end) : null);
    expect(slice(found!.source)).toContain("Maria Lopez");
    expect(slice(found!.cue)).toContain("wrote");
    expect(found!.contents.map(slice).join(" ")).toContain("the farm bill would cut costs");
  });

  it.each([
    [
      "believes",
      "The union's leader, Dana Kim, believes the strike will end before the holidays.",
      "strike will end",
      "Dana Kim",
    ],
    [
      "endorsed",
      "Governor Alan Reed endorsed the plan to rebuild the harbour, calling it overdue.",
      "rebuild the harbour",
      "Alan Reed",
    ],
    [
      "insisted",
      "The mayor, Rosa Bell, insisted the budget was balanced despite the shortfall.",
      "budget was balanced",
      "Rosa Bell",
    ],
    // wink tags "backs" as a noun; the lemma pairs ("ito|back", "back|the") let the model read it.
    ["backs", "Mayor Ken Ito backs the plan to widen the coast road before winter.", "widen the coast road", "Ken Ito"],
  ])("finds a claim attributed with '%s'", (_verb, text, about, speaker) => {
    expect(findClaimAbout(extractClaims(text), about).speaker).toBe(speaker);
  });

  it("takes the subject before a cue the labeller found without its source, not the last speaker", () => {
    const text = [
      "Mayor Helen Ortiz says the harbour plan is sound.",
      "___.",
      "Governor Victor Hale is telling reporters at the state fair that he will sign the harbour bill.",
      "Senator Ruth Amari is reminding voters in a packed hall in Dover that the harbour bill passed with her vote.",
    ].join("\n\n");
    const claims = extractClaims(text);
    expect(findClaimAbout(claims, "sign the harbour bill").speaker).toBe("Victor Hale");
    expect(findClaimAbout(claims, "the harbour bill passed").speaker).toBe("Ruth Amari");
  });

  it("widens a source run of a lone determiner to the phrase before the cue", () => {
    const text = "The billionaire businessman began by talking about the wall he would build.";
    const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const labelled = {
      source: at("The"),
      cue: at("began by talking about"),
      contents: [at("the wall he would build")],
      sentence: 0,
      paragraph: 0,
    };
    const found = sourceOfLabelled(
      { text, masked: text, state: { people: [] } },
      0,
      labelled,
      at("the wall he would build"),
    );
    expect(found && text.slice(found.start, found.end)).toBe("The billionaire businessman");
  });

  it("gives a cue found without any source the person opening its sentence, past an appositive", () => {
    const text =
      "On Friday, Ruth Adler, director of the Harbour Institute at Dover College, described the levy as unlawful.";
    const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const content = at("the levy as unlawful");
    const labelled = { source: null, cue: at("described"), contents: [content], sentence: 0, paragraph: 0 };
    const found = sourceOfLabelled({ text, masked: text, state: { people: [] } }, 0, labelled, content);
    expect(found && text.slice(found.start, found.end)).toBe("Ruth Adler");
  });

  it("takes no opening subject when another clause lies before the cue, nor a capitalised opener", () => {
    const sourceless = (text: string, cue: string, content: string) => {
      const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
      const labelled = { source: null, cue: at(cue), contents: [at(content)], sentence: 0, paragraph: 0 };
      return sourceOfLabelled({ text, masked: text, state: { people: [] } }, 0, labelled, at(content));
    };
    expect(
      sourceless("Ruth Adler left early, but the mayor, in a long speech, praised the levy.", "praised", "the levy"),
    ).toBe(null);
    expect(sourceless("Tuesday was quiet, and the council, in the end, praised the levy.", "praised", "the levy")).toBe(
      null,
    );
  });
});
