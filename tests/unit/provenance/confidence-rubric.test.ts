import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { CONFIDENCE_RUBRIC, describeConfidence, formatConfidence } from "@/lib/provenance/confidence-rubric";

describe("confidence rubric", () => {
  it("runs from 1 down to 0", () => {
    expect(CONFIDENCE_RUBRIC.map((level) => level.value)).toEqual([1, 0.9, 0.75, 0.5, 0.25, 0]);
  });

  it("names the nearest level, the lower one when halfway", () => {
    expect(describeConfidence(0.75)).toBe("Outlet's report");
    expect(describeConfidence(0.8)).toBe("Outlet's report");
    expect(describeConfidence(0.95)).toBe("First-hand");
    expect(describeConfidence(0.625)).toBe("Unverified");
    expect(describeConfidence(0.1)).toBe("Contradicted");
    expect(describeConfidence(1.2)).toBe("On record");
    expect(() => describeConfidence(Number.NaN)).toThrow(AppError);
  });

  it("formats with at most three decimals", () => {
    expect(formatConfidence(0.75)).toBe("0.75");
    expect(formatConfidence(0.123456)).toBe("0.123");
    expect(formatConfidence(1)).toBe("1");
  });
});
