#!/usr/bin/env node
// The one place that works around Prisma's schema-engine download (see docs/PRISMA.md):
// `prisma generate` wants the engine binary to exist, so it is pointed at a stub that refuses
// to run. The generated client itself needs no engine (driver adapters). `postinstall` runs
// this file; the `claimtrail` command and `npm start` call ensurePrismaClient, so a `git pull`
// that changed prisma/schema.prisma, without `npm ci`, still gets a client that matches it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const packageRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Far longer than `prisma generate` takes, even on a loaded machine. */
const STALE_LOCK_MS = 120_000;

/** The file that stands for the whole generated client: written by every `prisma generate`. */
function generatedClient(root) {
  return path.join(root, "prisma", "generated", "prisma", "client.ts");
}

/** True when the generated client exists and is newer than prisma/schema.prisma. */
export function isPrismaClientFresh(root = packageRoot) {
  const client = generatedClient(root);
  if (!fs.existsSync(client)) return false;
  return fs.statSync(path.join(root, "prisma", "schema.prisma")).mtimeMs < fs.statSync(client).mtimeMs;
}

/**
 * Runs `prisma generate` in `root`; `stdio` as for spawnSync. Returns the exit status (0 when the
 * Prisma CLI is not installed yet: npm runs postinstall again once it is).
 */
export function generatePrismaClient(root = packageRoot, stdio = "inherit") {
  const prismaBin = path.join(root, "node_modules", ".bin", "prisma");
  if (!fs.existsSync(prismaBin)) {
    console.error("prisma-generate: prisma CLI not installed yet; skipping (runs again after npm install).");
    return 0;
  }
  const result = spawnSync(prismaBin, ["generate"], {
    cwd: root,
    stdio,
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, "prisma", "engine-stub", "schema-engine"),
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  });
  if (result.status !== 0) return result.status ?? 1;
  // Prisma may leave a file untouched when its content did not change: mark the client as made now.
  const now = new Date();
  if (fs.existsSync(generatedClient(root))) fs.utimesSync(generatedClient(root), now, now);
  return 0;
}

/**
 * Generates the client again when prisma/schema.prisma is newer than it (or it is missing),
 * telling so on stderr; Prisma's own output goes to stderr too, so a command's stdout (`--json`)
 * stays clean. Throws when generating fails.
 */
export function ensurePrismaClient(root = packageRoot) {
  if (isPrismaClientFresh(root)) return;
  // Several commands started at once (a script, a test run) generate once: the others wait.
  const lock = path.join(root, "prisma", ".generating");
  while (!tryLock(lock)) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    if (isPrismaClientFresh(root)) return;
  }
  try {
    if (isPrismaClientFresh(root)) return;
    console.error("claimtrail: prisma/schema.prisma is newer than the Prisma client; generating the client…");
    const status = generatePrismaClient(root, ["ignore", 2, 2]);
    if (status !== 0) throw new Error(`prisma generate failed (exit ${status}); run npm run generate`);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Creating a folder is atomic; one left by a process killed while generating is taken after a while. */
function tryLock(lock) {
  try {
    fs.mkdirSync(lock);
    return true;
  } catch (error) {
    if (error.code !== "EEXIST") throw error;
    if (Date.now() - fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs > STALE_LOCK_MS)
      fs.rmSync(lock, { recursive: true, force: true });
    return false;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.exit(generatePrismaClient());
}
