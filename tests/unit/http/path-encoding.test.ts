import { describe, expect, it } from "vitest";
import { badAddressMessage, badlyEncodedSegmentOf } from "@/lib/http/path-encoding";

describe("badlyEncodedSegmentOf", () => {
  it("names the first segment that is not percent-encoded UTF-8", () => {
    expect(badlyEncodedSegmentOf("/articles/%ff")).toBe("%ff");
    expect(badlyEncodedSegmentOf("/sources/%ff/after/%fe")).toBe("%ff");
    expect(badlyEncodedSegmentOf("/latest/%ff%fe")).toBe("%ff%fe");
    expect(badlyEncodedSegmentOf("/articles/%E0%A4%A")).toBe("%E0%A4%A");
    expect(badlyEncodedSegmentOf("/articles/a%")).toBe("a%");
  });

  it("passes paths whose every segment decodes", () => {
    expect(badlyEncodedSegmentOf("/articles/pr%C3%A9sident")).toBeNull();
    expect(badlyEncodedSegmentOf("/articles/%E0%A4%A8")).toBeNull();
    expect(badlyEncodedSegmentOf("/api/trpc/articles.list")).toBeNull();
    expect(badlyEncodedSegmentOf("/")).toBeNull();
  });
});

describe("badAddressMessage", () => {
  it("names the address, cut to 200 characters", () => {
    expect(badAddressMessage("/claims/%ff")).toBe("bad address: /claims/%ff is not valid percent-encoded UTF-8");
    expect(badAddressMessage(`/${"a".repeat(500)}`)).toHaveLength(
      "bad address: ".length + 200 + " is not valid percent-encoded UTF-8".length,
    );
  });
});
