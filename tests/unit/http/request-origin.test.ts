import { describe, expect, it } from "vitest";
import { originOfRequest } from "@/lib/http/request-origin";

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? null;

describe("originOfRequest", () => {
  it("uses the Host the client reached the server by, not the server's own hostname", () => {
    expect(originOfRequest(reader({ host: "127.0.0.1:3917" }), 0, "localhost:3917")).toBe("http://127.0.0.1:3917");
  });

  it("ignores X-Forwarded-Host and X-Forwarded-Proto from a client when no proxy is trusted", () => {
    const headers = reader({
      host: "127.0.0.1:3917",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
    });
    expect(originOfRequest(headers, 0, "localhost:3917")).toBe("http://127.0.0.1:3917");
  });

  it("takes the first proxy's X-Forwarded-Host and -Proto when proxies are trusted", () => {
    const headers = reader({
      host: "10.0.0.5:3000",
      "x-forwarded-host": "claims.example.org, inner.local",
      "x-forwarded-proto": "https,http",
    });
    expect(originOfRequest(headers, 1, "localhost:3000")).toBe("https://claims.example.org");
  });

  it("falls back to the parsed URL's host, and refuses a Host that is not a plain host", () => {
    expect(originOfRequest(reader({}), 0, "localhost:3000")).toBe("http://localhost:3000");
    expect(originOfRequest(reader({ host: "a.example/evil?x=1" }), 0, "localhost:3000")).toBe("http://localhost:3000");
    expect(originOfRequest(reader({ host: "[::1]:3000" }), 0, "x")).toBe("http://[::1]:3000");
  });
});
