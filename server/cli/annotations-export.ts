// `claimtrail export --workspace SLUG --format annotations` (or --article A): annotation files as
// JSON Lines (server/services/export/stream-annotations.ts), which `claimtrail import` reads back.
// While a running app server holds the embedded database, the lines come from that server's
// annotations route (app/api/export/annotations/route.ts), found as the read commands find it
// (database-or-server.ts): the same lines, as a reader gets them.
import fs from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { AppError } from "@/lib/errors";
import { streamAnnotations } from "@/server/services/export/stream-annotations";
import { fetchFromServer, openDatabaseOrServer } from "./database-or-server";

export async function exportAnnotations(options: {
  article?: string;
  workspace?: string;
  out?: string;
  server?: string;
}) {
  if (Boolean(options.article) === Boolean(options.workspace))
    throw new AppError("INVALID", "the annotations format exports whole articles: give --article or --workspace");
  const target = await openDatabaseOrServer(options.server);
  if (target.via === "server") {
    const query = new URLSearchParams(
      options.article ? { article: options.article } : { workspace: options.workspace! },
    ).toString();
    // A missing article or workspace is answered 404 before any line: no empty file is left.
    const response = await fetchFromServer(target, `/api/export/annotations?${query}`);
    if (!response.body) throw new AppError("UNAVAILABLE", `the server at ${target.url} sent no export`);
    return writeLines(Readable.fromWeb(response.body as WebReadableStream), options.out);
  }
  const scope = options.article
    ? ({ kind: "article", article: options.article } as const)
    : ({ kind: "workspace", workspace: options.workspace! } as const);
  const lines = streamAnnotations(target.db, scope, null);
  // The first line is read before the output is opened: a missing workspace leaves no empty file.
  const first = await lines.next();
  async function* all() {
    if (!first.done) yield first.value;
    yield* lines;
  }
  await writeLines(Readable.from(all()), options.out);
}

async function writeLines(source: Readable, out: string | undefined): Promise<void> {
  await pipeline(source, out ? fs.createWriteStream(out) : process.stdout, { end: Boolean(out) });
  if (out) process.stderr.write(`wrote ${out}\n`);
}
