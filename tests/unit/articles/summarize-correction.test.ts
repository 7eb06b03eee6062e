import { describe, expect, it } from "vitest";
import { summarizeCorrection } from "@/lib/articles/summarize-correction";

const title = "Troops";
const summarize = (before: string, after: string, titles: [string, string] = [title, title]) =>
  summarizeCorrection({ body: before, title: titles[0] }, { body: after, title: titles[1] });

describe("what a correction changed, for readers", () => {
  it("shows a corrected word with the words around it, before and after", () => {
    expect(
      summarize(
        "Leaders met in Paris.\nTroops would be sent to key points within Ukraine, officials said.",
        "Leaders met in Paris.\nTroops could be sent to key points within Ukraine, officials said.",
      ),
    ).toEqual({
      edits: [{ before: "Troops would be sent to key", after: "Troops could be sent to key" }],
      more: 0,
      title: null,
    });
  });

  it("makes changes a few words apart one passage, and changes far apart two", () => {
    const before =
      "Ukraine is sovereign. If it asks for Allied forces to be on its territory, it is up to Ukraine. Much later in the text, the minister spoke on Tuesday.";
    const after =
      "Ukraine is a sovereign country. If it asks for Allied forces to be on its territory, it is up to Ukraine. Much later in the text, the minister spoke on Wednesday.";
    expect(summarize(before, after).edits).toEqual([
      { before: "Ukraine is sovereign. If it asks", after: "Ukraine is a sovereign country. If it asks" },
      { before: "the minister spoke on Tuesday.", after: "the minister spoke on Wednesday." },
    ]);
  });

  it("shows an added or removed sentence with the words before it, and a whole paragraph alone", () => {
    expect(summarize("One. Two.", "One. Two. Three.").edits).toEqual([
      { before: "One. Two.", after: "One. Two. Three." },
    ]);
    expect(summarize("One. Two. Three.", "One. Two.").edits).toEqual([
      { before: "One. Two. Three.", after: "One. Two." },
    ]);
    expect(summarize("One.\n\nTwo.", "One.").edits).toEqual([{ before: "Two.", after: "" }]);
  });

  it("keeps the words of another paragraph out of a passage", () => {
    expect(summarize("Cranes stand idle.", "Cranes stand idle.\n\nUpdated at noon.").edits).toEqual([
      { before: "", after: "Updated at noon." },
    ]);
    expect(summarize("First part.\nOld middle.\nLast part.", "First part.\nNew middle.\nLast part.").edits).toEqual([
      { before: "Old middle.", after: "New middle." },
    ]);
  });

  it("lists at most five passages and counts the rest, each passage shortened to its ends", () => {
    const before = Array.from({ length: 8 }, (_, i) => `Paragraph ${i} says old things here.`).join("\n");
    const after = Array.from({ length: 8 }, (_, i) => `Paragraph ${i} says new things here.`).join("\n");
    const summary = summarize(before, after);
    expect(summary.edits).toHaveLength(5);
    expect(summary.more).toBe(3);
    expect(summary.edits[0]).toEqual({
      before: "Paragraph 0 says old things here.",
      after: "Paragraph 0 says new things here.",
    });
    const rewrite = summarize("a ".repeat(5000), "b ".repeat(5000));
    expect(rewrite.edits[0]!.before.length).toBeLessThanOrEqual(240);
    expect(rewrite.edits[0]!.after).toMatch(/^b b .* … .*b b$/);
  });

  it("names a changed title", () => {
    expect(summarize("Same.", "Same.", ["Old title", "New title"])).toEqual({
      edits: [],
      more: 0,
      title: { before: "Old title", after: "New title" },
    });
  });
});
