// Who a request counts as for the per-client limits: the client's address as the trusted hops
// recorded it (lib/http/client-address.ts), an IPv6 one widened to its /64
// (lib/http/client-key.ts). That address is only known when the request came through
// scripts/serve.mjs (`npm start`), which appends the connection's address to X-Forwarded-For and
// proves it did with a header carrying a secret of its process; `next start` run directly keeps
// whatever X-Forwarded-For the client wrote, so there every client shares one key.
import { timingSafeEqual } from "node:crypto";
import { clientAddressOf } from "@/lib/http/client-address";
import { clientKeyOf } from "@/lib/http/client-key";
import { env } from "@/server/env";

/** Set by scripts/serve.mjs on each request it passes on (after removing any the client sent). */
const VIA_HEADER = "x-claimtrail-via";
/** Where scripts/serve.mjs keeps the secret of its process (the app runs in the same process). */
const SECRET = Symbol.for("claimtrail.serve-secret");
/** The one key of every client of a server not started through scripts/serve.mjs. */
export const UNPROXIED_CLIENT = "not-through-npm-start";
const WARNED = Symbol.for("claimtrail.unproxied-warned");

/** The limits' key of the client whose request went through scripts/serve.mjs, from its X-Forwarded-For. */
export function clientKeyFromForwarded(forwardedFor: string | null): string | null {
  const address = clientAddressOf(forwardedFor, env().trustedProxies);
  return address === null ? null : clientKeyOf(address);
}

/**
 * The limits' key for the request with these headers ("203.0.113.7", "2001:db8:1:2::/64"); null
 * without an address; UNPROXIED_CLIENT when it did not come through scripts/serve.mjs (logged once).
 */
export function requestClientKey(headers: Headers): string | null {
  if (cameThroughServe(headers.get(VIA_HEADER))) return clientKeyFromForwarded(headers.get("x-forwarded-for"));
  const holder = globalThis as { [WARNED]?: boolean };
  if (!holder[WARNED]) {
    holder[WARNED] = true;
    console.warn(
      "claimtrail: this server was not started with `npm start` (scripts/serve.mjs), so a client's X-Forwarded-For cannot be told from a proxy's: every client shares one sign-in and read limit. Start it with `npm start`.",
    );
  }
  return UNPROXIED_CLIENT;
}

function cameThroughServe(sent: string | null): boolean {
  const secret = (globalThis as { [SECRET]?: string })[SECRET];
  if (typeof secret !== "string" || sent === null) return false;
  const expected = Buffer.from(secret);
  const given = Buffer.from(sent);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
