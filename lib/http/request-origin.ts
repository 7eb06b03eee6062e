// The origin a request came in on, for the links Claimtrail writes when PUBLIC_URL is unset.
// X-Forwarded-Host and X-Forwarded-Proto are a proxy's words: they count only when the operator
// said proxies stand in front (CLAIMTRAIL_TRUSTED_PROXIES > 0); from a client talking to the
// server directly they are ignored, and the Host header (which the client reached us by) is used.

/** A header reader, as `Headers.get`. */
type HeaderReader = (name: string) => string | null;

// A host and optional port: letters, digits, dots, hyphens, or a bracketed IPv6 address.
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * `http(s)://host[:port]` for a request: the first X-Forwarded-Host/-Proto entry when
 * `trustedProxies` > 0, else the Host header, else `fallbackHost` (the host of the URL the server
 * parsed). A value that is not a plain host is ignored. Never throws.
 */
export function originOfRequest(header: HeaderReader, trustedProxies: number, fallbackHost: string): string {
  const behindProxy = trustedProxies > 0;
  const candidates = [behindProxy ? firstEntry(header("x-forwarded-host")) : null, header("host"), fallbackHost];
  const host = candidates.find((value): value is string => !!value && HOST.test(value)) ?? "localhost";
  const protocol = behindProxy && firstEntry(header("x-forwarded-proto"))?.toLowerCase() === "https" ? "https" : "http";
  return `${protocol}://${host}`;
}

function firstEntry(value: string | null): string | null {
  const first = value?.split(",")[0]?.trim();
  return first ? first : null;
}
