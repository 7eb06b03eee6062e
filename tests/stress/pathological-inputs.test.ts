// Inputs built to be slow cost at most a few times an ordinary input of the same size: the
// examples of issue 13, measured as ratios in one run (generous margins: CI machines are shared).
import { describe, expect, it } from "vitest";
import { htmlToText } from "@/lib/articles/html-to-text";
import { markdownToText } from "@/lib/articles/markdown-to-text";
import { exceedsJsonDepth } from "@/lib/input/json-depth";
import { medianMs, ratio } from "./measure";

const SIZE = 120_000;
const ordinaryHtml = () => {
  const paragraph = '<p class="lead">Ministers met on <em>Monday</em> &amp; spoke of a &quot;ceasefire&quot;.</p>\n';
  return paragraph.repeat(Math.ceil(SIZE / paragraph.length)).slice(0, SIZE);
};
const ordinaryMarkdown = () => {
  const paragraph = "Ministers met on *Monday* and spoke of a **ceasefire**, [said](https://example.org) one.\n\n";
  return paragraph.repeat(Math.ceil(SIZE / paragraph.length)).slice(0, SIZE);
};

describe("pathological inputs cost about what ordinary ones of the same size do", () => {
  it("HTML of 120,000 '<' (31 s once) costs at most 5× ordinary HTML of that size", async () => {
    const worst = await medianMs(() => htmlToText("<".repeat(SIZE)));
    const normal = await medianMs(() => htmlToText(ordinaryHtml()));
    console.log(`html: '<'×${SIZE} ${worst.toFixed(1)} ms, ordinary ${normal.toFixed(1)} ms`);
    expect(ratio(worst, normal)).toBeLessThan(5);
  });

  it("Markdown of ' *aa' × 30,000 (8 s once) costs at most 5× ordinary Markdown of that size", async () => {
    const worst = await medianMs(() => markdownToText(" *aa".repeat(SIZE / 4)));
    const normal = await medianMs(() => markdownToText(ordinaryMarkdown()));
    console.log(`markdown: ' *aa'×${SIZE / 4} ${worst.toFixed(1)} ms, ordinary ${normal.toFixed(1)} ms`);
    expect(ratio(worst, normal)).toBeLessThan(5);
  });

  it("4 MB of nested '[' is refused for less than reading an ordinary 4 MB body", async () => {
    const nested = "[".repeat(4_000_000);
    const ordinary = JSON.stringify({ content: "Ministers met on Monday. ".repeat(160_000) });
    const worst = await medianMs(() => exceedsJsonDepth(nested));
    const normal = await medianMs(() => {
      exceedsJsonDepth(ordinary);
      return JSON.parse(ordinary);
    });
    expect(exceedsJsonDepth(nested)).toBe(true);
    expect(ratio(worst, normal)).toBeLessThan(2);
  });
});
