import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/auth/safe-next-path";

describe("safeNextPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeNextPath("/editor/demo/articles/1?tab=claims#claim-2")).toBe(
      "/editor/demo/articles/1?tab=claims#claim-2",
    );
    expect(safeNextPath("/")).toBe("/");
  });

  it.each([
    "/.//other-host/x",
    "//other-host/x",
    "///other-host/x",
    "/\\other-host/x",
    "\\\\other-host/x",
    "/./\\other-host",
    "/..//other-host",
  ])("never leads off site from %s", (next) => {
    const path = safeNextPath(next);
    expect(path.startsWith("/")).toBe(true);
    expect(path.startsWith("//")).toBe(false);
    expect(new URL(path, "https://claimtrail.example").host).toBe("claimtrail.example");
  });

  it.each([
    "https://other-host/x",
    "http:other-host",
    "javascript:alert(1)",
    "data:text/html,hi",
    " //other-host",
    "\t/\t/other-host",
    "",
  ])("falls back to /editor for %j", (next) => {
    expect(safeNextPath(next)).toBe("/editor");
  });

  it("falls back when nothing is given", () => {
    expect(safeNextPath(null)).toBe("/editor");
    expect(safeNextPath(undefined, "/")).toBe("/");
  });
});
