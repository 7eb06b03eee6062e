// Who a request counts as for the per-client limits: the client's address as the trusted hops
// recorded it (lib/http/client-address.ts), an IPv6 one widened to its /64
// (lib/http/client-key.ts). Through scripts/serve.mjs (`npm start`), which appends the
// connection's address to X-Forwarded-For and proves it did with a header carrying a secret of
// its process, the address is known however the server is reached. `next start` run directly
// keeps whatever X-Forwarded-For it was given (it fills it from the connection only when there is
// none): behind CLAIMTRAIL_TRUSTED_PROXIES reverse proxies the last of them appended the client's
// address, so that entry counts; with none in front, the client wrote the header itself, and
// every client shares one key (logged once).
import { timingSafeEqual } from "node:crypto";
import { clientAddressOf } from "@/lib/http/client-address";
import { clientKeyOf } from "@/lib/http/client-key";
import { env } from "@/server/env";

/** Set by scripts/serve.mjs on each request it passes on (after removing any the client sent). */
const VIA_HEADER = "x-claimtrail-via";
/** Where scripts/serve.mjs keeps the secret of its process (the app runs in the same process). */
const SECRET = Symbol.for("claimtrail.serve-secret");
/** The one key of every client of a server started with `next start` and no trusted proxy in front. */
export const UNPROXIED_CLIENT = "not-through-npm-start";
const WARNED = Symbol.for("claimtrail.unproxied-warned");

/** The limits' key of the client whose request went through scripts/serve.mjs, from its X-Forwarded-For. */
export function clientKeyFromForwarded(forwardedFor: string | null): string | null {
  const address = clientAddressOf(forwardedFor, env().trustedProxies);
  return address === null ? null : clientKeyOf(address);
}

/**
 * The limits' key for the request with these headers ("203.0.113.7", "2001:db8:1:2::/64"); null
 * without an address; UNPROXIED_CLIENT under `next start` with no trusted proxy (logged once).
 */
export function requestClientKey(headers: Headers): string | null {
  const forwardedFor = headers.get("x-forwarded-for");
  if (cameThroughServe(headers)) return clientKeyFromForwarded(forwardedFor);
  const proxies = env().trustedProxies;
  if (proxies > 0) {
    // No hop of our own: the last trusted proxy's entry is the client's.
    const address = clientAddressOf(forwardedFor, proxies - 1);
    return address === null ? null : clientKeyOf(address);
  }
  const holder = globalThis as { [WARNED]?: boolean };
  if (!holder[WARNED]) {
    holder[WARNED] = true;
    console.warn(
      "claimtrail: this server was started with `next start` and CLAIMTRAIL_TRUSTED_PROXIES=0, so a client's X-Forwarded-For cannot be told from the connection's address: every client shares one sign-in, read and page limit. Start it with `npm start`, or behind a reverse proxy that appends to X-Forwarded-For with CLAIMTRAIL_TRUSTED_PROXIES set.",
    );
  }
  return UNPROXIED_CLIENT;
}

/** Whether scripts/serve.mjs passed this request on (it then counted a page before Next.js saw it). */
export function cameThroughServe(headers: Headers): boolean {
  const secret = (globalThis as { [SECRET]?: string })[SECRET];
  const sent = headers.get(VIA_HEADER);
  if (typeof secret !== "string" || sent === null) return false;
  const expected = Buffer.from(secret);
  const given = Buffer.from(sent);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
