import { describe, expect, it } from "vitest";
import { countNoun } from "@/lib/count-noun";

describe("countNoun", () => {
  it("says 1 article and 1 claim, never “1 articles” or “1 claims”", () => {
    expect(countNoun(1, "article")).toBe("1 article");
    expect(countNoun(1, "claim")).toBe("1 claim");
    expect(countNoun(0, "claim")).toBe("0 claims");
    expect(countNoun(2, "hop")).toBe("2 hops");
    expect(countNoun(1, "new source")).toBe("1 new source");
    expect(countNoun(3, "alias", "aliases")).toBe("3 aliases");
  });
});
