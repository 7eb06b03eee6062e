import { describe, expect, it } from "vitest";
import { exceedsJsonDepth } from "@/lib/input/json-depth";

describe("exceedsJsonDepth", () => {
  it("lets ordinary inputs through", () => {
    expect(exceedsJsonDepth(JSON.stringify({ a: [{ b: [1, 2, { c: "d" }] }] }))).toBe(false);
  });

  it("counts arrays and objects alike", () => {
    expect(exceedsJsonDepth("[".repeat(33), 32)).toBe(true);
    expect(exceedsJsonDepth(`${'{"a":'.repeat(32)}1${"}".repeat(32)}`, 32)).toBe(false);
    expect(exceedsJsonDepth(`${'{"a":'.repeat(33)}1${"}".repeat(33)}`, 32)).toBe(true);
  });

  it("ignores brackets inside strings, escaped quotes included", () => {
    expect(exceedsJsonDepth(JSON.stringify({ text: "[".repeat(1000) }), 2)).toBe(false);
    expect(exceedsJsonDepth(JSON.stringify({ text: `\\"${"[".repeat(1000)}` }), 2)).toBe(false);
  });

  it("stops at the first excess of a huge input", () => {
    const huge = "[".repeat(10_000_000);
    const started = performance.now();
    expect(exceedsJsonDepth(huge)).toBe(true);
    // A handful of characters read, not ten million: a ratio to reading all of it.
    const early = performance.now() - started;
    const allStarted = performance.now();
    exceedsJsonDepth(`"${"x".repeat(10_000_000)}"`);
    expect(early).toBeLessThan(performance.now() - allStarted);
  });
});
