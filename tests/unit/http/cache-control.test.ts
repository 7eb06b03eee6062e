import { describe, expect, it } from "vitest";
import { pageCacheControl } from "@/lib/http/cache-control";

describe("pageCacheControl", () => {
  it("lets shared caches keep the public pages of signed-out readers for a minute, browsers ask each time", () => {
    for (const path of [
      "/",
      "/latest/abc",
      "/articles/macron-coalition-of-the-willing",
      "/claims/6f1c…",
      "/sources/1b2c",
      "/sources/1b2c/after/3d4e",
    ])
      expect(pageCacheControl(path, false)).toBe("public, max-age=0, s-maxage=60");
  });

  it("keeps nothing of a signed-in reader's page: it may show drafts", () => {
    for (const path of ["/", "/articles/a-draft", "/claims/1", "/sources/1"])
      expect(pageCacheControl(path, true)).toBe("private, no-store");
  });

  it("keeps nothing of the forms and the editor, signed in or not", () => {
    for (const path of ["/signin", "/signup", "/editor", "/editor/demo/articles/1", "/articlesx", "/latest"])
      expect(pageCacheControl(path, false)).toBe("private, no-store");
  });
});
