// The page a reader gets past the per-client limit on page reads (scripts/serve.mjs answers it
// without rendering): 429, Retry-After, and the limit's message in words.

/** A whole answer: status, headers, HTML body. */
type RefusalPage = { status: 429; headers: Record<string, string>; body: string };

/** The 429 page saying `message` (a rateLimited() message), to retry after `retryAfterSeconds`. */
export function tooManyReadsPage(message: string, retryAfterSeconds: number): RefusalPage {
  const escaped = message.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return {
    status: 429,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "retry-after": String(retryAfterSeconds),
      "cache-control": "private, no-store",
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "strict-origin-when-cross-origin",
    },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Too many pages · Claimtrail</title></head><body><h1>Too many pages from your address</h1><p>${escaped}.</p><p>Signed-in readers are not limited.</p><p><a href="/">Claimtrail home</a></p></body></html>`,
  };
}
