// A request path whose percent-encoding is not UTF-8 (`/articles/%ff`, `/articles/%E0%A4%A`)
// cannot be decoded into route parameters: Next.js answered such paths with a bare 500 and
// logged nothing (issue 13). The proxy refuses them first with a 400 naming the address.

/**
 * The first path segment of `pathname` (raw, still percent-encoded) that decodeURIComponent
 * refuses, or null when every segment decodes. Linear in the path's length.
 */
export function badlyEncodedSegmentOf(pathname: string): string | null {
  for (const segment of pathname.split("/")) {
    if (!segment.includes("%")) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return segment;
    }
  }
  return null;
}

/** The plain-text message a refused address gets; `pathname` is cut to 200 UTF-16 units. */
export function badAddressMessage(pathname: string): string {
  return `bad address: ${pathname.slice(0, 200)} is not valid percent-encoded UTF-8`;
}
