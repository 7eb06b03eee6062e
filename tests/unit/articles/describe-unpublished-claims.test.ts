import { describe, expect, it } from "vitest";
import { describeUnpublishedClaims } from "@/lib/articles/describe-unpublished-claims";

describe("what publishing an article leaves unpublished", () => {
  it("counts the claims whose review has not published them, and says where to publish them", () => {
    expect(describeUnpublishedClaims([{ reviewState: "DRAFT" }, { reviewState: "DRAFT" }])).toEqual({
      count: 2,
      note: "2 claims are not published: readers see only published claims. Publish them from Review.",
    });
    expect(describeUnpublishedClaims([{ reviewState: "IN_REVIEW" }, { reviewState: "PUBLISHED" }])).toEqual({
      count: 1,
      note: "1 claim is not published: readers see only published claims. Publish it from Review.",
    });
  });

  it("says nothing when every claim is published, or when review states are not shown", () => {
    expect(describeUnpublishedClaims([{ reviewState: "PUBLISHED" }])).toEqual({ count: 0, note: null });
    expect(describeUnpublishedClaims([{}, {}])).toEqual({ count: 0, note: null });
  });
});
