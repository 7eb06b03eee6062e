// Who a request counts as: from X-Forwarded-For as scripts/serve.mjs extended it (its per-process
// secret in X-Claimtrail-Via); under `next start`, the entry the last trusted proxy appended; with
// neither, one key shared by every client.
import { afterEach, describe, expect, it, vi } from "vitest";
import { env } from "@/server/env";
import { requestClientKey, UNPROXIED_CLIENT } from "@/server/http/request-client";

const SECRET = Symbol.for("claimtrail.serve-secret");
const holder = globalThis as { [SECRET]?: string };

const proxiesBefore = env().trustedProxies;

afterEach(() => {
  delete holder[SECRET];
  env().trustedProxies = proxiesBefore;
});

describe("requestClientKey", () => {
  it("takes the address scripts/serve.mjs appended, an IPv6 one as its /64", () => {
    holder[SECRET] = "s3cret-of-this-process";
    const via = { "x-claimtrail-via": "s3cret-of-this-process" };
    expect(requestClientKey(new Headers({ ...via, "x-forwarded-for": "forged, 203.0.113.7" }))).toBe("203.0.113.7");
    expect(requestClientKey(new Headers({ ...via, "x-forwarded-for": "2001:db8:1:2::99" }))).toBe("2001:db8:1:2::/64");
    expect(requestClientKey(new Headers(via))).toBeNull();
  });

  it("under `next start` behind trusted proxies, takes the entry the last of them appended", () => {
    env().trustedProxies = 1;
    expect(requestClientKey(new Headers({ "x-forwarded-for": "forged, 203.0.113.7" }))).toBe("203.0.113.7");
    expect(requestClientKey(new Headers({ "x-forwarded-for": "2001:db8:1:2::99" }))).toBe("2001:db8:1:2::/64");
    // A guessed secret changes nothing: still the proxy's entry, not one hop further.
    holder[SECRET] = "s3cret-of-this-process";
    expect(
      requestClientKey(new Headers({ "x-forwarded-for": "forged, 203.0.113.8", "x-claimtrail-via": "guess" })),
    ).toBe("203.0.113.8");
    env().trustedProxies = 2;
    expect(requestClientKey(new Headers({ "x-forwarded-for": "forged, 203.0.113.9, 10.0.0.2" }))).toBe("203.0.113.9");
  });

  it("without the secret and with no trusted proxy (`next start` run directly), every client shares one key, said once", () => {
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
    expect(String(warn.mock.calls[0]![0])).toMatch(/npm start.*CLAIMTRAIL_TRUSTED_PROXIES/);
    warn.mockRestore();
  });
});
