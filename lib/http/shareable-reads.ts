// The API's reads whose signed-out answers are the same for every reader (served from the
// cache of public reads, server/cache/public-reads.ts): a CDN may keep them, and so may the
// store of answers kept by scripts/serve.mjs (docs/PERFORMANCE.md). Every other answer is private.

/** Procedure paths ("sourcing.article") whose signed-out answers are shareable. */
export const SHAREABLE_READS: ReadonlySet<string> = new Set([
  "articles.list",
  "articles.bySlug",
  "articles.corrections",
  "sourcing.article",
  "sourcing.claim",
  "sourcing.source",
]);
