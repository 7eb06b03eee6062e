// `claimtrail export`: writes a report to a file or stdout, with a progress bar on stderr for
// workspace-sized exports (plain lines when stderr is not a terminal, as in CI logs).
import fs from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import cliProgress from "cli-progress";
import { AppError } from "@/lib/errors";
import { ExportRequest } from "@/lib/export/export-request";
import { ExportFormat } from "@/lib/export/formats";
import { getAppDatabase } from "@/server/app-database";
import { renderExport } from "@/server/services/export/render-export";
import { cliBaseUrl } from "./cli-base-url";
import { exportW3c } from "./w3c-export";

export type ExportOptions = {
  article?: string;
  claims?: string;
  workspace?: string;
  format: string;
  out?: string;
  bom?: boolean;
};

export async function exportCommand(options: ExportOptions): Promise<void> {
  if (options.format === "w3c") return exportW3c(options);
  if (!ExportFormat.safeParse(options.format).success) {
    const known = [...ExportFormat.options, "w3c"].join(", ");
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
  const { db } = await getAppDatabase();
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

  const target = options.out ? fs.createWriteStream(options.out) : process.stdout;
  const source =
    typeof rendered.body === "string" || rendered.body instanceof Uint8Array
      ? Readable.from([rendered.body])
      : rendered.body;
  await pipeline(source, target, { end: Boolean(options.out) });
  if (started) bar.stop();
  if (options.out) process.stderr.write(`wrote ${options.out}\n`);
}
