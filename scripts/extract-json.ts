// Prints the suggested claims of an article file as { "claims": [...] }, the shape the
// attribution scorer reads:  npx tsx scripts/extract-json.ts ARTICLE.txt [--outlet NAME]
// Offsets count from the article body (after any "URL:"/"TITLE:" header), as the scorer's do.
import { readFileSync } from "node:fs";
import { stripArticleHeader } from "../lib/extraction/article-body.ts";
import { extractClaims } from "../lib/extraction/extract-claims.ts";

const args = process.argv.slice(2);
const outletAt = args.indexOf("--outlet");
const ownOutlet = outletAt >= 0 ? args[outletAt + 1] : undefined;
const file = args.find((a, i) => !a.startsWith("--") && (outletAt < 0 || i !== outletAt + 1));
if (!file) {
  console.error("usage: npx tsx scripts/extract-json.ts ARTICLE.txt [--outlet NAME]");
  process.exit(2);
}
const body = stripArticleHeader(readFileSync(file, "utf8"));
console.log(JSON.stringify({ claims: extractClaims(body, { ownOutlet }) }, null, 2));
