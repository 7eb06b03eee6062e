// The `claimtrail` command runs from one JavaScript bundle of scripts/cli.ts, built by esbuild
// (about a second) at install and again whenever a source is newer than the bundle, so a command
// does not compile the project's TypeScript at each start. Packages stay in node_modules. Split
// into chunks: what a command imports only when it runs (scripts/cli.ts) is a chunk of its own,
// so its packages are loaded by the commands that use them only.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { newestMtime } from "./newest-mtime.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const cliBundle = path.join(root, ".build", "cli", "claimtrail.mjs");
const sources = ["lib", "server", "scripts/cli.ts", "prisma/generated", "tsconfig.json", "package-lock.json"];

/** True when the bundle exists and no source is newer than it. */
export function isCliBundleFresh() {
  if (!fs.existsSync(cliBundle)) return false;
  const builtAt = fs.statSync(cliBundle).mtimeMs;
  return sources.every((source) => newestMtime(path.join(root, source)) < builtAt);
}

/**
 * Builds the bundle: the chunks first (named by their content's hash, so a build at the same
 * time writes the same bytes), then the entry, written to a temporary file and renamed, so two
 * commands building at once never load half a file. Throws when esbuild reports an error.
 */
export async function buildCliBundle() {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [path.join(root, "scripts", "cli.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    splitting: true,
    entryNames: "claimtrail",
    chunkNames: "chunk-[hash]",
    outExtension: { ".js": ".mjs" },
    write: false,
    logLevel: "silent",
    outdir: path.dirname(cliBundle),
  });
  fs.mkdirSync(path.dirname(cliBundle), { recursive: true });
  const entry = result.outputFiles.find((file) => file.path === cliBundle);
  for (const file of result.outputFiles) if (file !== entry) writeWhole(file.path, file.contents);
  writeWhole(cliBundle, entry.contents);
}

function writeWhole(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, contents);
  fs.renameSync(temporary, file);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await buildCliBundle();
}
