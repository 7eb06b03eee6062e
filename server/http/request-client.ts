// Who a request counts as for the per-client limits: the client's address as the trusted hops
// recorded it (lib/http/client-address.ts), an IPv6 one widened to its /64
// (lib/http/client-key.ts).
import { clientAddressOf } from "@/lib/http/client-address";
import { clientKeyOf } from "@/lib/http/client-key";
import { env } from "@/server/env";

/** The limits' key for the request with these headers ("2001:db8:1:2::/64"); null without an address. */
export function requestClientKey(headers: Headers): string | null {
  const address = clientAddressOf(headers.get("x-forwarded-for"), env().trustedProxies);
  return address === null ? null : clientKeyOf(address);
}
