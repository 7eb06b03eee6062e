import { describe, expect, it } from "vitest";
import { apiAnswerKey, apiCallsOf, isKeepableAnswer } from "@/lib/http/api-answer-request";
import { pageStoreKey } from "@/lib/http/page-request";

const PUBLIC = "public, max-age=0, s-maxage=60";
const input = encodeURIComponent(JSON.stringify({ slug: "a" }));

describe("apiCallsOf", () => {
  it("reads the procedure paths of a call or a batch as tRPC does", () => {
    expect(apiCallsOf(`/api/trpc/sourcing.article?input=${input}`)).toEqual(["sourcing.article"]);
    expect(apiCallsOf("/api/trpc/articles.list,sourcing.claim?batch=1&input=%7B%7D")).toEqual([
      "articles.list",
      "sourcing.claim",
    ]);
    expect(apiCallsOf("/api/trpc/sourcing%2Earticle")).toEqual(["sourcing.article"]);
    for (const target of ["/articles/a", "/api/base-url", "/api/trpc/%E0%A4%A", "//h/api/trpc/articles.list"])
      expect(apiCallsOf(target), target).toBeNull();
    // A path that resolves elsewhere is never read as the API's.
    expect(apiCallsOf("/api/trpc/../../articles/a")).toBeNull();
  });
});

describe("apiAnswerKey", () => {
  const headers = { host: "claims.example.org", "accept-encoding": "gzip" };
  const address = `/api/trpc/sourcing.article?input=${input}`;

  it("keys a signed-out GET of shareable reads by host, scheme, encoding and address", () => {
    expect(apiAnswerKey("GET", address, headers)).toBe(`claims.example.org\n\n\ngzip\n${address}`);
    expect(apiAnswerKey("GET", "/api/trpc/articles.list,sourcing.source?batch=1&input=%7B%7D", headers)).not.toBeNull();
    expect(apiAnswerKey("GET", address, { ...headers, cookie: "theme=dark" })).not.toBeNull();
    expect(apiAnswerKey("GET", address, { ...headers, "accept-encoding": "" })).not.toBe(
      apiAnswerKey("GET", address, headers),
    );
    // Not a page: the page store's own key refuses it.
    expect(pageStoreKey("GET", address, headers)).toBeNull();
  });

  it("leaves tRPC to answer a session, another procedure, a stream, HEAD or a write", () => {
    expect(apiAnswerKey("GET", address, { ...headers, cookie: "a=1; claimtrail_session=made-up" })).toBeNull();
    expect(apiAnswerKey("HEAD", address, headers)).toBeNull();
    expect(apiAnswerKey("POST", address, headers)).toBeNull();
    expect(apiAnswerKey("GET", "/api/trpc/auth.me", headers)).toBeNull();
    expect(apiAnswerKey("GET", "/api/trpc/articles.list,auth.me?batch=1&input=%7B%7D", headers)).toBeNull();
    expect(apiAnswerKey("GET", address, { ...headers, "trpc-accept": "application/jsonl" })).toBeNull();
    expect(apiAnswerKey("GET", address, { ...headers, accept: "application/jsonl" })).toBeNull();
    expect(apiAnswerKey("GET", address, { ...headers, host: "h".repeat(201) })).toBeNull();
    // An address padded past any real read's is answered, never kept (its key would hold the memory).
    expect(apiAnswerKey("GET", `/api/trpc/articles.list?input=%7B%7D&pad=${"a".repeat(15_000)}`, headers)).toBeNull();
    expect(pageStoreKey("GET", `/?pad=${"a".repeat(2_100)}`, headers)).toBeNull();
    expect(pageStoreKey("GET", `/?pad=${"a".repeat(100)}`, headers)).not.toBeNull();
  });
});

describe("isKeepableAnswer", () => {
  const json = { "content-type": "application/json", "cache-control": PUBLIC, etag: '"abc"' };

  it("keeps a 200 JSON answer the API marked public and gave an ETag, setting no cookie", () => {
    expect(isKeepableAnswer(200, json)).toBe(true);
    expect(isKeepableAnswer(404, json)).toBe(false);
    expect(isKeepableAnswer(207, json)).toBe(false);
    expect(isKeepableAnswer(200, { ...json, "cache-control": "private, no-store" })).toBe(false);
    expect(isKeepableAnswer(200, { ...json, "set-cookie": ["a=1"] })).toBe(false);
    expect(isKeepableAnswer(200, { ...json, etag: undefined })).toBe(false);
    expect(isKeepableAnswer(200, { ...json, "content-type": "application/jsonl" })).toBe(false);
    expect(isKeepableAnswer(200, { ...json, "content-type": "text/html" })).toBe(false);
  });
});
