// Who a request counts as: trusted from X-Forwarded-For only when scripts/serve.mjs passed it on
// (its per-process secret in X-Claimtrail-Via), otherwise one key shared by every client.
import { afterEach, describe, expect, it, vi } from "vitest";
import { requestClientKey, UNPROXIED_CLIENT } from "@/server/http/request-client";

const SECRET = Symbol.for("claimtrail.serve-secret");
const holder = globalThis as { [SECRET]?: string };

afterEach(() => {
  delete holder[SECRET];
});

describe("requestClientKey", () => {
  it("takes the address scripts/serve.mjs appended, an IPv6 one as its /64", () => {
    holder[SECRET] = "s3cret-of-this-process";
    const via = { "x-claimtrail-via": "s3cret-of-this-process" };
    expect(requestClientKey(new Headers({ ...via, "x-forwarded-for": "forged, 203.0.113.7" }))).toBe("203.0.113.7");
    expect(requestClientKey(new Headers({ ...via, "x-forwarded-for": "2001:db8:1:2::99" }))).toBe("2001:db8:1:2::/64");
    expect(requestClientKey(new Headers(via))).toBeNull();
  });

  it("without the secret (`next start` run directly, or a guess), every client shares one key, said once", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(requestClientKey(new Headers({ "x-forwarded-for": "203.0.113.7" }))).toBe(UNPROXIED_CLIENT);
    holder[SECRET] = "s3cret-of-this-process";
    expect(
      requestClientKey(new Headers({ "x-forwarded-for": "203.0.113.8", "x-claimtrail-via": "s3cret-of-this-procesz" })),
    ).toBe(UNPROXIED_CLIENT);
    expect(requestClientKey(new Headers({ "x-forwarded-for": "203.0.113.9", "x-claimtrail-via": "short" }))).toBe(
      UNPROXIED_CLIENT,
    );
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/npm start/);
    warn.mockRestore();
  });
});
