// Sent with every response, pages and API alike; pages get their nonce-based policy from
// proxy.ts (lib/http/security-headers.ts), API responses this one: nothing in them may run or be
// framed.
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
const API_POLICY = { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; sandbox" };

/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/api/:path*", headers: [API_POLICY] },
      // Outside proxy.ts too, so without a page's policy: a missing one is Next.js's 404 page.
      { source: "/favicon.ico", headers: [API_POLICY] },
      { source: "/_next/static/:path*", headers: [API_POLICY] },
    ];
  },
  // Native, WebAssembly and generated-client packages load from node_modules at run time.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/client",
    "@prisma/adapter-pg",
    "pg",
    // Starts its worker threads from a script beside its own files (server/workers/cpu-pool.ts).
    "piscina",
  ],
  allowedDevOrigins: ["127.0.0.1"],
  experimental: {
    // The public reads' cache (server/cache/public-reads.ts) lives in memory only: entries written
    // to .next/cache would outlive a restart, and the database may have changed meanwhile (the
    // CLI writes to the data folder while the server is stopped).
    isrFlushToDisk: false,
  },
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit); starting the app need not repeat it.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
