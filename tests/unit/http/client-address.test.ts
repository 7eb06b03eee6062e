import { describe, expect, it } from "vitest";
import { clientAddressOf } from "@/lib/http/client-address";

describe("clientAddressOf", () => {
  it("takes the address the last hop saw, which no client before it can choose", () => {
    expect(clientAddressOf("198.51.100.9, 203.0.113.7")).toBe("203.0.113.7");
    expect(clientAddressOf("::ffff:127.0.0.1")).toBe("::ffff:127.0.0.1");
  });

  it("has no address without the header or with an empty one", () => {
    expect(clientAddressOf(null)).toBeNull();
    expect(clientAddressOf(" , ")).toBeNull();
  });

  it("keeps at most 64 characters of whatever is sent", () => {
    expect(clientAddressOf("x".repeat(10_000))).toHaveLength(64);
  });
});
