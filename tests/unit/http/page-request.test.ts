import { describe, expect, it } from "vitest";
import { carriesSession, isKeepablePage, isPageRender, pageStoreKey } from "@/lib/http/page-request";

const PUBLIC = "public, max-age=0, s-maxage=60";
const html = { "content-type": "text/html; charset=utf-8", "cache-control": PUBLIC };

describe("pageStoreKey", () => {
  const headers = { host: "claims.example.org", "accept-encoding": "gzip" };

  it("keys signed-out GETs and HEADs of public pages by host, scheme, encoding and address", () => {
    const key = pageStoreKey("GET", "/articles/a?x=1", headers);
    expect(key).toBe("claims.example.org\n\n\ngzip\n/articles/a?x=1");
    expect(pageStoreKey("HEAD", "/articles/a?x=1", headers)).toBe(key);
    for (const address of ["/", "/latest/abc", "/claims/1", "/sources/1", "/articles/a/corrections"])
      expect(pageStoreKey("GET", address, headers)).not.toBeNull();
    expect(pageStoreKey("GET", "/articles/a", { ...headers, host: "other.example.org" })).not.toBe(
      pageStoreKey("GET", "/articles/a", headers),
    );
    expect(pageStoreKey("GET", "/articles/a", { ...headers, "accept-encoding": "" })).not.toBe(
      pageStoreKey("GET", "/articles/a", headers),
    );
  });

  it("renders anything signed in, not public, not a GET, or a navigation's payload", () => {
    expect(pageStoreKey("GET", "/articles/a", { ...headers, cookie: "a=1; claimtrail_session=x" })).toBeNull();
    expect(pageStoreKey("POST", "/articles/a", headers)).toBeNull();
    for (const address of ["/signin", "/editor", "/api/trpc/articles.list", "/articles/a?_rsc=1x"])
      expect(pageStoreKey("GET", address, headers)).toBeNull();
    for (const name of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action"])
      expect(pageStoreKey("GET", "/articles/a", { ...headers, [name]: "1" })).toBeNull();
    expect(pageStoreKey("GET", "/articles/a", { ...headers, host: "h".repeat(201) })).toBeNull();
    // Never kept under the path such a target might resolve to.
    for (const target of ["//evil.example/articles/a", "http://claims.example.org/articles/a", "*"])
      expect(pageStoreKey("GET", target, headers)).toBeNull();
  });
});

describe("carriesSession", () => {
  it("finds the session cookie among others, whatever its value", () => {
    expect(carriesSession("theme=dark; claimtrail_session=abc")).toBe(true);
    expect(carriesSession("claimtrail_session=")).toBe(true);
    expect(carriesSession("theme=dark; not_claimtrail_session=abc")).toBe(false);
    expect(carriesSession(undefined)).toBe(false);
  });
});

describe("isPageRender", () => {
  it("counts pages, not the API, built files or the icon", () => {
    for (const address of ["/", "/signin", "/articles/a", "/editor/x"]) expect(isPageRender(address)).toBe(true);
    for (const address of ["/api/trpc/x", "/_next/static/a.css", "/favicon.ico"])
      expect(isPageRender(address)).toBe(false);
    expect(isPageRender("//host/api/trpc/x")).toBe(true);
  });

  it("counts a target whose dot segments lead out of the API, built files or icon, as Next.js resolves them", () => {
    for (const target of [
      "/api/../articles/a",
      "/_next/../articles/a",
      "/_next/%2e%2e/articles/a",
      "/_next/%2E%2E/articles/a",
      "/_next/.%2e/articles/a",
      "/favicon.ico/../articles/a",
      "/api/./../articles/a?x=1",
      "/api\\..\\articles/a",
      "/api/trpc/../../articles/a",
    ]) {
      expect(isPageRender(target), target).toBe(true);
      // Counted like a page, and never stored under either path.
      expect(pageStoreKey("GET", target, { host: "claims.example.org" }), target).toBeNull();
    }
    // Resolving inside the API or built files changes the path too: counted, never guessed at.
    expect(isPageRender("/api/x/../trpc/y")).toBe(true);
    expect(isPageRender("/_next/static/./a.css")).toBe(true);
    // Plain paths are unchanged, percent-escapes other than dots included.
    expect(isPageRender("/_next/static/chunks/app/articles/%5Bslug%5D/page-1a2b.js")).toBe(false);
    expect(isPageRender("/api/trpc/articles.list?input=%7B%7D")).toBe(false);
    expect(pageStoreKey("GET", "/articles/caf%C3%A9", { host: "h" })).toBe("h\n\n\n\n/articles/caf%C3%A9");
  });
});

describe("isKeepablePage", () => {
  it("keeps a 200 HTML page the app marked public that sets no cookie", () => {
    expect(isKeepablePage(200, html)).toBe(true);
    expect(isKeepablePage(404, html)).toBe(false);
    expect(isKeepablePage(200, { ...html, "cache-control": "private, no-store" })).toBe(false);
    expect(isKeepablePage(200, { ...html, "set-cookie": ["a=1"] })).toBe(false);
    expect(isKeepablePage(200, { ...html, "content-type": "text/x-component" })).toBe(false);
  });
});
