// Signed-out deep links into the editor keep their target through sign-in.
import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { signInPathFor } from "@/lib/http/request-path";

describe("signInPathFor", () => {
  it("sends a signed-out deep link to sign in with its path as next", () => {
    expect(signInPathFor("/editor/demo/review")).toBe("/signin?next=%2Feditor%2Fdemo%2Freview");
    expect(signInPathFor("/editor/demo/articles/x?claim=y")).toBe(
      "/signin?next=%2Feditor%2Fdemo%2Farticles%2Fx%3Fclaim%3Dy",
    );
    expect(signInPathFor("/editor")).toBe("/signin?next=%2Feditor");
  });

  it("comes back to /editor for no path or a path outside the editor", () => {
    for (const path of [null, undefined, "", "/", "/editorial", "//evil.example/editor", "https://evil.example/editor"])
      expect(signInPathFor(path)).toBe("/signin?next=%2Feditor");
  });

  it("gives sign-in a next it follows unchanged", () => {
    const next = new URLSearchParams(signInPathFor("/editor/demo/review").split("?")[1]).get("next");
    expect(safeNextPath(next)).toBe("/editor/demo/review");
  });
});
