// `claimtrail export --workspace SLUG --format annotations` (or --article A): annotation files as
// JSON Lines (server/services/export/stream-annotations.ts), which `claimtrail import` reads back.
import fs from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AppError } from "@/lib/errors";
import { getAppDatabase } from "@/server/app-database";
import { streamAnnotations } from "@/server/services/export/stream-annotations";

export async function exportAnnotations(options: { article?: string; workspace?: string; out?: string }) {
  if (Boolean(options.article) === Boolean(options.workspace))
    throw new AppError("INVALID", "the annotations format exports whole articles: give --article or --workspace");
  const { db } = await getAppDatabase();
  const scope = options.article
    ? ({ kind: "article", article: options.article } as const)
    : ({ kind: "workspace", workspace: options.workspace! } as const);
  const lines = streamAnnotations(db, scope, null);
  // The first line is read before the output is opened: a missing workspace leaves no empty file.
  const first = await lines.next();
  async function* all() {
    if (!first.done) yield first.value;
    yield* lines;
  }
  await pipeline(Readable.from(all()), options.out ? fs.createWriteStream(options.out) : process.stdout, {
    end: Boolean(options.out),
  });
  if (options.out) process.stderr.write(`wrote ${options.out}\n`);
}
