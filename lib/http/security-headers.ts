// The page policy (CSP) built around a per-request nonce (the headers every response carries
// are in next.config.js): Next.js reads the nonce from the policy and puts it on its own inline scripts, so no
// other script runs ('strict-dynamic' lets those scripts load the app's chunks). Styles keep
// 'unsafe-inline': React and the chain diagram set style attributes, which a nonce cannot cover.

/** The policy of a page rendered with `nonce`; `development` allows the dev server's eval. */
export function pageContentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
