// Which address a request came from, for limits per client. Next.js puts the connection's
// address in X-Forwarded-For when the request has none; a reverse proxy appends the address it
// saw, so the last entry is the one nobody before the last hop can choose.

/** The last address of an X-Forwarded-For value ("203.0.113.7, 10.0.0.2" → "10.0.0.2"), or null. */
export function clientAddressOf(forwardedFor: string | null): string | null {
  const last = forwardedFor?.split(",").at(-1)?.trim();
  return last ? last.slice(0, 64) : null;
}
