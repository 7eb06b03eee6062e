// The key a per-client limit counts under, from the client's address. One IPv6 subscriber is
// usually given a whole /64 (RFC 6177, and SLAAC picks its addresses inside one), and privacy
// addresses change within it, so counting each full IPv6 address would hand one client 2^64
// allowances. An IPv4 address, and IPv4 written as IPv6 (::ffff:203.0.113.7), count alone.
import ipaddr from "ipaddr.js";

/**
 * "203.0.113.7" → "203.0.113.7"; "::ffff:203.0.113.7" → "203.0.113.7";
 * "2001:db8:1:2:aaaa::1" → "2001:db8:1:2::/64" (zone ids dropped). Anything that is not an
 * address (a proxy's "unknown") is its own key, unchanged.
 */
export function clientKeyOf(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const prefix = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...prefix, 0, 0, 0, 0]).toString()}/64`;
}
