import { describe, expect, it } from "vitest";
import { clientAddressOf } from "@/lib/http/client-address";

describe("clientAddressOf", () => {
  it("without a trusted proxy, takes the address our own server appended, which no client can choose", () => {
    expect(clientAddressOf("198.51.100.9, 203.0.113.7")).toBe("203.0.113.7");
    expect(clientAddressOf("forged, 198.51.100.9, 127.0.0.1", 0)).toBe("127.0.0.1");
    expect(clientAddressOf("::ffff:127.0.0.1")).toBe("::ffff:127.0.0.1");
  });

  it("behind trusted proxies, counts that many hops back from the end", () => {
    expect(clientAddressOf("forged, 198.51.100.9, 10.0.0.2", 1)).toBe("198.51.100.9");
    expect(clientAddressOf("forged, 198.51.100.9, 10.0.0.3, 10.0.0.2", 2)).toBe("198.51.100.9");
    expect(clientAddressOf("10.0.0.2", 1)).toBe("10.0.0.2");
  });

  it("has no address for a missing or empty header", () => {
    expect(clientAddressOf(null)).toBeNull();
    expect(clientAddressOf(" , ")).toBeNull();
  });

  it("cuts an address to 64 characters", () => {
    expect(clientAddressOf("x".repeat(10_000))).toHaveLength(64);
  });
});
