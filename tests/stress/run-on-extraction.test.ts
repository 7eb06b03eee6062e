// Suggesting claims on a run-on article (random reporting words, quotation marks, no full stop:
// one "sentence" of the whole text) grows linearly with its length: doubling the text costs
// about twice as much, measured as a ratio in one run (the least of five turns of each, taken in
// turn, so that load on the shared machine does not decide it). Before the caps in parse-frame.ts,
// add-labelled-claims.ts and label-attributions.ts, 100 kB took 17.8 s and 200 kB 58.5 s.
import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction/extract-claims";
import { pairedMinMs, ratio } from "./measure";

const WORDS = ["the", "mayor", "said", "that", '"we', 'will"', "according", "to", "officials", "bridge"];

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
  it("doubling a run-on text of reporting words costs at most 2.5× (was 4.4× at 25 → 50 kB)", async () => {
    const half = runOnText(30_000);
    const whole = runOnText(60_000);
    expect(extractClaims(whole).length).toBeGreaterThan(extractClaims(half).length);
    const { base: small, slow: large } = await pairedMinMs(
      () => extractClaims(half),
      () => extractClaims(whole),
    );
    console.log(`run-on extraction: 30 kB ${small.toFixed(0)} ms, 60 kB ${large.toFixed(0)} ms`);
    expect(ratio(large, small)).toBeLessThan(2.5);
  }, 120_000);
});
