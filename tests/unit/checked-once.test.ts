import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkedOnce } from "@/lib/checked-once";

const Point = z.object({ x: z.number().min(0), y: z.number() });

describe("checkedOnce", () => {
  it("passes a valid value on as it is, without a copy", () => {
    const point = Object.freeze({ x: 1, y: 2 });
    expect(z.object({ at: checkedOnce(Point) }).parse({ at: point }).at).toBe(point);
  });

  it("reports the schema's issues with their path", () => {
    const result = z.object({ at: checkedOnce(Point) }).safeParse({ at: { x: -1, y: 2 } });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["at.x", "Too small: expected number to be >=0"],
    ]);
  });

  it("checks a frozen object once, and an object that may change every time", () => {
    let checks = 0;
    const Counted = checkedOnce(Point.refine(() => ++checks > 0));
    const frozen = Object.freeze({ x: 1, y: 2 });
    Counted.parse(frozen);
    Counted.parse(frozen);
    expect(checks).toBe(1);
    const open = { x: 1, y: 2 };
    Counted.parse(open);
    open.x = -5;
    expect(Counted.safeParse(open).success).toBe(false);
    expect(checks).toBe(3);
  });
});
