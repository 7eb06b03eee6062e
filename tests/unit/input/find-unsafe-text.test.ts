import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findUnsafeText } from "@/lib/input/find-unsafe-text";

describe("findUnsafeText", () => {
  it("names the field holding a NUL character", () => {
    expect(findUnsafeText({ title: "Mini\u0000sters" })).toMatch(/^title contains a NUL character/);
    expect(findUnsafeText({ suggestion: { chain: ["Macron", "Le\u0000Parisien"] } })).toMatch(
      /^suggestion\.chain\.1 contains a NUL/,
    );
  });

  it("finds lone surrogates, high or low, and accepts proper pairs", () => {
    expect(findUnsafeText("a\ud800b")).toMatch(/^the input contains a broken character/);
    expect(findUnsafeText("a\udc00")).toMatch(/broken character/);
    expect(findUnsafeText("\ud800")).toMatch(/broken character/);
    expect(findUnsafeText("emoji 😀 and 𝒳")).toBeNull();
  });

  it("checks object keys too", () => {
    expect(findUnsafeText({ "k\u0000": 1 })).toMatch(/^a field name contains a NUL/);
  });

  it("walks a deeply nested value without exhausting the stack", () => {
    let value: unknown = "deep\u0000";
    for (let depth = 0; depth < 100_000; depth++) value = [value];
    expect(findUnsafeText(value)).toMatch(/contains a NUL/);
  });

  it("accepts every well-formed string without NUL", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        fc.pre(!text.includes("\u0000"));
        expect(findUnsafeText({ text })).toBeNull();
      }),
    );
  });

  it("refuses every string with a NUL or a lone surrogate", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom("\u0000", "\ud800", "\udbff", "\udc00", "\udfff"),
        fc.string(),
        (before, bad, after) => {
          // A lone surrogate next to its partner would make a pair; keep it alone.
          const text = `${before.replace(/[\ud800-\udfff]/g, "")}${bad}${after.replace(/[\ud800-\udfff]/g, "")}`;
          expect(findUnsafeText([text])).not.toBeNull();
        },
      ),
    );
  });
});
