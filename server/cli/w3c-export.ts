// `claimtrail export --article A --format w3c`: the article's claims as W3C Web Annotations
// (lib/annotation/format-w3c.ts), as a reader sees them (published claims only).
import fs from "node:fs";
import { formatW3cAnnotations } from "@/lib/annotation/format-w3c";
import { parseArticleRef } from "@/lib/articles/parse-article-ref";
import { AppError } from "@/lib/errors";
import { getAppDatabase } from "@/server/app-database";
import { getArticleSourcing } from "@/server/services/sourcing/get-article-sourcing";
import { cliBaseUrl } from "./cli-base-url";

export async function exportW3c(options: { article?: string; out?: string }): Promise<void> {
  if (!options.article) throw new AppError("INVALID", "the w3c format exports one article: give --article");
  const { db } = await getAppDatabase();
  const sourcing = await getArticleSourcing(db, parseArticleRef(options.article), null);
  const json = formatW3cAnnotations(sourcing, { baseUrl: cliBaseUrl() });
  if (!options.out) {
    process.stdout.write(json);
    return;
  }
  fs.writeFileSync(options.out, json);
  process.stderr.write(`wrote ${options.out}\n`);
}
