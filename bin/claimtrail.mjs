#!/usr/bin/env node
// The `claimtrail` command. It runs the esbuild bundle of scripts/cli.ts (scripts/build-cli.mjs),
// rebuilt first when a source is newer (and the Prisma client generated again first when
// prisma/schema.prisma is newer than it, as after a `git pull` without `npm ci`); where the
// bundle cannot be built (say, a read-only install), the TypeScript runs through tsx, slower to
// start. The data folder and the migrations are found from
// this package's root, whatever folder the command runs in.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildCliBundle, cliBundle, isCliBundleFresh } from "../scripts/build-cli.mjs";
import { ensurePrismaClient } from "../scripts/prisma-generate.mjs";

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

if (await bundleReady()) {
  await import(pathToFileURL(cliBundle).href);
} else {
  const { register } = await import("tsx/esm/api");
  register({ tsconfig: path.join(root, "tsconfig.json") });
  await import(path.join(root, "scripts", "cli.ts"));
}
