// `claimtrail export --article A --format w3c`: the article's claims as W3C Web Annotations
// (lib/annotation/format-w3c.ts), as a reader sees them (published claims only), from the
// database or through the running app server that holds it (sourcing-reader.ts), linking to the
// server's own base in the latter case.
import fs from "node:fs";
import { formatW3cAnnotations } from "@/lib/annotation/format-w3c";
import { parseArticleRef } from "@/lib/articles/parse-article-ref";
import { AppError } from "@/lib/errors";
import { cliBaseUrl, serverBaseUrl } from "./cli-base-url";
import { openSourcingReader } from "./sourcing-reader";

export async function exportW3c(options: { article?: string; out?: string; server?: string }): Promise<void> {
  if (!options.article) throw new AppError("INVALID", "the w3c format exports one article: give --article");
  const reader = await openSourcingReader(options.server);
  const sourcing = await reader.articleSourcing(parseArticleRef(options.article));
  const baseUrl = reader.server ? await serverBaseUrl(reader.server) : cliBaseUrl();
  const json = formatW3cAnnotations(sourcing, { baseUrl });
  if (!options.out) {
    process.stdout.write(json);
    return;
  }
  fs.writeFileSync(options.out, json);
  process.stderr.write(`wrote ${options.out}\n`);
}
