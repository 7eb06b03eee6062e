// Which address a request came from, for limits per client. Next.js 16 fills X-Forwarded-For
// from the connection only when the request has none and otherwise keeps the client's value
// (`??=` in its base-server), so `npm start` serves through scripts/serve.mjs, which appends the
// connection's address as a proxy hop would. Each trusted reverse proxy in front appends the
// address it saw in turn; everything before those entries was written by the client.

/**
 * The client's address in an X-Forwarded-For value whose last `trustedProxies` + 1 entries were
 * appended by our own server and the proxies in front of it: with 0 the last entry
 * ("203.0.113.7, 10.0.0.2" → "10.0.0.2"), with 1 the one before it ("203.0.113.7"). Fewer
 * entries than that: the first. Cut to 64 characters; null when there is none.
 */
export function clientAddressOf(forwardedFor: string | null, trustedProxies = 0): string | null {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chosen = entries[Math.max(0, entries.length - 1 - trustedProxies)];
  return chosen ? chosen.slice(0, 64) : null;
}
