import { describe, expect, it } from "vitest";
import { compareVersions } from "@/lib/articles/compare-versions";

const words = (seed: number, count: number) =>
  Array.from({ length: count }, (_, i) => `w${((i * 7919 + seed * 104729) % 5003).toString(36)}`).join(" ");

describe("comparing two versions", () => {
  it("shows a corrected word as removed and added between unchanged text", () => {
    expect(compareVersions("Troops would be sent to key points.", "Troops could be sent to key points.")).toEqual([
      { kind: "same", text: "Troops " },
      { kind: "removed", text: "would" },
      { kind: "added", text: "could" },
      { kind: "same", text: " be sent to key points." },
    ]);
  });

  it("shows a full rewrite of a 9,000-word article as one removal and one addition, keeping every word", () => {
    const before = words(1, 9000);
    const after = words(2, 9000);
    const changes = compareVersions(before, after);
    expect(
      changes
        .filter((c) => c.kind === "removed")
        .map((c) => c.text)
        .join(""),
    ).toContain(before.slice(10, 200));
    expect(
      changes
        .filter((c) => c.kind === "added")
        .map((c) => c.text)
        .join(""),
    ).toContain(after.slice(10, 200));
    expect(changes.length).toBeLessThanOrEqual(3);
  });
});
