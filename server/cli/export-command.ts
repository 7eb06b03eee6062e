// `claimtrail export`: writes a report to a file or stdout, with a progress bar on stderr for
// workspace-sized exports (plain lines when stderr is not a terminal, as in CI logs). While a
// running app server holds the embedded database, the export comes from that server's export
// route instead (database-or-server.ts), as a reader gets it: published claims only, the
// server's size limits, links to the server's public address.
import fs from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import cliProgress from "cli-progress";
import { AppError } from "@/lib/errors";
import { ExportRequest } from "@/lib/export/export-request";
import { ExportFormat } from "@/lib/export/formats";
import { renderExport } from "@/server/services/export/render-export";
import { exportAnnotations } from "./annotations-export";
import { cliBaseUrl, serverBaseUrl } from "./cli-base-url";
import { fetchFromServer, openDatabaseOrServer } from "./database-or-server";
import { terminalSafeStream } from "./terminal-safe-stream";
import { exportW3c } from "./w3c-export";

export type ExportOptions = {
  article?: string;
  claims?: string;
  workspace?: string;
  format: string;
  out?: string;
  bom?: boolean;
  server?: string;
};

export async function exportCommand(options: ExportOptions): Promise<void> {
  if (options.format === "w3c") return exportW3c(options);
  if (options.format === "annotations") return exportAnnotations(options);
  if (!ExportFormat.safeParse(options.format).success) {
    const known = [...ExportFormat.options, "w3c", "annotations"].join(", ");
    throw new AppError("INVALID", `unknown --format ${JSON.stringify(options.format)}; one of ${known}`);
  }
  if ([options.article, options.claims, options.workspace].filter(Boolean).length !== 1) {
    throw new AppError("INVALID", "give exactly one of --article, --claims or --workspace");
  }
  const scope = options.claims
    ? { kind: "selection", claimIds: options.claims.split(",").filter(Boolean) }
    : options.workspace
      ? { kind: "workspace", workspace: options.workspace }
      : { kind: "article", article: options.article };
  const request = ExportRequest.parse({ scope, format: options.format, bom: Boolean(options.bom) });
  if (request.format === "pdf" && !options.out && process.stdout.isTTY)
    throw new AppError(
      "INVALID",
      "a PDF is not text to print on a terminal: give --out FILE, or send stdout to a file",
    );
  const target = await openDatabaseOrServer(options.server);
  if (target.via === "server") {
    // The server writes its own links; the CLI only says which base they use.
    await serverBaseUrl(target);
    const response = await fetchFromServer(target, `/api/export?${exportQuery(request)}`);
    if (!response.body) throw new AppError("UNAVAILABLE", `the server at ${target.url} sent no export`);
    return writeOut(Readable.fromWeb(response.body as WebReadableStream), options.out);
  }
  const db = target.db;
  const baseUrl = cliBaseUrl();

  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      noTTYOutput: true,
      notTTYSchedule: 2000,
      format: "exporting {bar} {value}/{total} claims",
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  const rendered = await renderExport(db, request, null, {
    baseUrl,
    uncapped: true,
    onProgress:
      request.scope.kind === "workspace"
        ? (done, total) => {
            if (!started) {
              bar.start(total, 0);
              started = true;
            }
            bar.update(done);
          }
        : undefined,
  });

  const source =
    typeof rendered.body === "string" || rendered.body instanceof Uint8Array
      ? Readable.from([rendered.body])
      : rendered.body;
  await writeOut(source, options.out);
  if (started) bar.stop();
}

async function writeOut(source: Readable, out: string | undefined): Promise<void> {
  if (!out && process.stdout.isTTY) {
    await pipeline(source, terminalSafeStream(), process.stdout, { end: false });
    return;
  }
  await pipeline(source, out ? fs.createWriteStream(out) : process.stdout, { end: Boolean(out) });
  if (out) process.stderr.write(`wrote ${out}\n`);
}

/** The export route's query (app/api/export/route.ts) for the same request. */
function exportQuery(request: ExportRequest): string {
  const { scope } = request;
  const params = new URLSearchParams({ format: request.format });
  if (scope.kind === "selection") params.set("claims", scope.claimIds.join(","));
  else if (scope.kind === "workspace") params.set("workspace", scope.workspace);
  else params.set("article", scope.article);
  if (request.bom) params.set("bom", "1");
  return params.toString();
}
