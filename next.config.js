/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native, WebAssembly and generated-client packages load from node_modules at run time.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/client",
    "@prisma/adapter-pg",
    "pg",
  ],
  allowedDevOrigins: ["127.0.0.1"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit); starting the app need not repeat it.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
