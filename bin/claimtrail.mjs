#!/usr/bin/env node
// The `claimtrail` command. It runs the esbuild bundle of scripts/cli.ts (scripts/build-cli.mjs)
// from V8's code cache (scripts/run-cli-bundle.mjs), rebuilt first when a source is newer (and the Prisma client generated again first when
// prisma/schema.prisma is newer than it, as after a `git pull` without `npm ci`); where the
// bundle cannot be built (say, a read-only install), the TypeScript runs through tsx, slower to
// start. The data folder and the migrations are found from
// this package's root, whatever folder the command runs in.
import path from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import { buildCliBundle, cliBuildDir, isCliBundleFresh } from "../scripts/build-cli.mjs";
import { ensurePrismaClient } from "../scripts/prisma-generate.mjs";
import { runCliBundle } from "../scripts/run-cli-bundle.mjs";

// PGlite (PostgreSQL compiled to WebAssembly) and Prisma's query compiler are WebAssembly. V8
// runs each function from a quick baseline compile first and, once it has run a little (V8's
// budget: about 1.8 million bytes executed), compiles it again, optimized, in background threads
// whose CPU counts in the command's. A command runs PostgreSQL's start-up once, so those compiles
// are mostly wasted: with a budget 280 times larger, `claimtrail articles --json` took 1.7 s of
// CPU instead of 3.1 s, and what a long command (an import, a workspace export) keeps running is
// still optimized. Figures in docs/PERFORMANCE.md. Set before either module is compiled.
v8.setFlagsFromString("--wasm-tiering-budget=500000000");

// A reader that stops early (`claimtrail extract … | head`) closes the pipe: the command ends
// quietly, as Unix tools do, instead of with a stack trace.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.env.CLAIMTRAIL_ROOT ??= root;

async function bundleReady() {
  if (isCliBundleFresh()) return true;
  try {
    await buildCliBundle();
    return true;
  } catch (error) {
    console.error(`claimtrail: running from the TypeScript sources (the bundle could not be built: ${error.message})`);
    return false;
  }
}

try {
  ensurePrismaClient(root);
} catch (error) {
  console.error(`claimtrail: ${error.message}`);
  process.exit(1);
}

if (!(await bundleReady()) || !runCliBundle(cliBuildDir, process.argv[2])) {
  const { register } = await import("tsx/esm/api");
  register({ tsconfig: path.join(root, "tsconfig.json") });
  await import(path.join(root, "scripts", "cli.ts"));
}
