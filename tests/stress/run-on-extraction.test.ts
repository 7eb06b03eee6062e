// Suggesting claims on a run-on article (random reporting words, quotation marks, no full stop:
// one "sentence" of the whole text) or on a long run of capitalised words costs about what
// ordinary news of the same size does, measured as a ratio in one run (the least of five turns of
// each, taken in turn, so that load on the shared machine does not decide it). Before the caps in parse-frame.ts,
// add-labelled-claims.ts and label-attributions.ts, 100 kB took 17.8 s and 200 kB 58.5 s.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract-claims";
import { repoRoot } from "../support/test-env";
import { pairedMinMs, ratio } from "./measure";

const WORDS = ["the", "mayor", "said", "that", '"we', 'will"', "according", "to", "officials", "bridge"];

/** `length` characters of the test suite's news texts, one after another. */
function ordinaryNews(length: number): string {
  const folder = path.join(repoRoot, "tests", "fixtures", "extraction");
  const texts = readdirSync(folder)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => readFileSync(path.join(folder, name), "utf8"));
  let out = "";
  for (let i = 0; out.length < length; i++) out += `${texts[i % texts.length]}\n\n`;
  return out.slice(0, length);
}

/** `length` characters of WORDS in a fixed pseudo-random order (the same text every run). */
function runOnText(length: number): string {
  let seed = 1;
  let out = "";
  while (out.length < length) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    out += `${WORDS[Math.floor((seed / 0x80000000) * WORDS.length)]} `;
  }
  return out.slice(0, length);
}

describe("extraction on run-on text", () => {
  it("a run-on text of reporting words costs at most 3× ordinary news of its size (100 kB once took 17.8 s)", async () => {
    const runOn = runOnText(100_000);
    expect(extractClaims(runOn).length).toBeGreaterThan(0);
    const { base: ordinary, slow: run } = await pairedMinMs(
      () => extractClaims(ordinaryNews(runOn.length)),
      () => extractClaims(runOn),
    );
    console.log(`run-on extraction: 100 kB ${run.toFixed(0)} ms, ordinary news of that size ${ordinary.toFixed(0)} ms`);
    expect(ratio(run, ordinary)).toBeLessThan(3);
  }, 180_000);

  it("a run of capitalised words after 'told' costs at most 3× ordinary news of its size (a listener read over the whole run made it 5×)", async () => {
    const told = `Tom Voss told ${"Fox News ".repeat(16_000)}`;
    const { base: ordinary, slow: run } = await pairedMinMs(
      () => extractClaims(ordinaryNews(told.length)),
      () => extractClaims(told),
    );
    console.log(`capitalised run: 144 kB ${run.toFixed(0)} ms, ordinary news of that size ${ordinary.toFixed(0)} ms`);
    expect(ratio(run, ordinary)).toBeLessThan(3);
  }, 180_000);

  it("a long run of spaces inside a saying costs at most 3× ordinary news of its size (40,000 spaces once took 3.7 s)", async () => {
    const spaced = (gap: string) => `Ann Roe said the pier${gap}x is unsafe, but Tom Voss said it is fine.`;
    for (const gap of [" ".repeat(40_000), ` ,${" ".repeat(40_000)}—`]) {
      const text = spaced(gap);
      const { base: ordinary, slow: run } = await pairedMinMs(
        () => extractClaims(ordinaryNews(text.length)),
        () => extractClaims(text),
      );
      console.log(`run of spaces: ${run.toFixed(0)} ms, ordinary news of that size ${ordinary.toFixed(0)} ms`);
      expect(ratio(run, ordinary)).toBeLessThan(3);
    }
  }, 180_000);
});
