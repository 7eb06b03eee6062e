// The `claimtrail` command runs from one JavaScript bundle of scripts/cli.ts, built by esbuild
// (about a second) at install and again whenever a source is newer than the bundle, so a command
// does not compile the project's TypeScript at each start. Packages stay in node_modules.
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
 * Builds the bundle; written to a temporary file and renamed, so two commands building at once
 * never load half a file. Throws when esbuild reports an error.
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
    write: false,
    logLevel: "silent",
    outfile: cliBundle,
  });
  fs.mkdirSync(path.dirname(cliBundle), { recursive: true });
  const temporary = `${cliBundle}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, result.outputFiles[0].contents);
  fs.renameSync(temporary, cliBundle);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await buildCliBundle();
}
