import { describe, expect, it } from "vitest";
import { parseEnv } from "@/server/env";

describe("parseEnv", () => {
  it("reads a variable set to nothing as unset: the reads limit keeps its default, not 0 (no limit)", () => {
    expect(parseEnv({ CLAIMTRAIL_PUBLIC_READS_PER_MINUTE: "" }).publicReadsPerMinute).toBe(600);
    expect(parseEnv({ CLAIMTRAIL_PUBLIC_READS_PER_MINUTE: "  " }).publicReadsPerMinute).toBe(600);
    expect(parseEnv({}).publicReadsPerMinute).toBe(600);
    expect(parseEnv({ CLAIMTRAIL_PUBLIC_CACHE_SECONDS: "" }).publicCacheSeconds).toBe(60);
    expect(parseEnv({ CLAIMTRAIL_TRUSTED_PROXIES: "" }).trustedProxies).toBe(0);
    expect(parseEnv({ CLAIMTRAIL_STATEMENT_TIMEOUT_MS: "" }).statementTimeoutMs).toBeUndefined();
  });

  it("still takes 0 to mean no limit, and a number as given", () => {
    expect(parseEnv({ CLAIMTRAIL_PUBLIC_READS_PER_MINUTE: "0" }).publicReadsPerMinute).toBe(0);
    expect(parseEnv({ CLAIMTRAIL_PUBLIC_READS_PER_MINUTE: "42" }).publicReadsPerMinute).toBe(42);
  });

  it("names a variable that is wrong", () => {
    expect(() => parseEnv({ CLAIMTRAIL_PUBLIC_READS_PER_MINUTE: "lots" })).toThrow(
      /CLAIMTRAIL_PUBLIC_READS_PER_MINUTE/,
    );
  });
});
