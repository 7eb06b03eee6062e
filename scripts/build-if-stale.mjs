#!/usr/bin/env node
// `npm start` builds the app first when there is no build, or when a source file is newer
// than the build, so `npm ci && npm start` works on a fresh clone and after a pull. It never
// builds while another Claimtrail process holds the embedded database: that server is serving
// from .next, and the second start would be refused after the build anyway.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { newestMtime } from "./newest-mtime.mjs";
import { ensurePrismaClient } from "./prisma-generate.mjs";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const buildId = path.join(root, ".next", "BUILD_ID");
const sources = [
  "app",
  "server",
  "lib",
  "prisma/schema.prisma",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.js",
  "package-lock.json",
];

// The same lock file and message as server/database/data-dir-lock.ts (the app cannot be imported
// here before it is built).
function refuseWhileHeld() {
  if (process.env.DATABASE_URL) return;
  const dataDir = path.resolve(root, process.env.CLAIMTRAIL_DATA_DIR || "data");
  let owner;
  try {
    owner = JSON.parse(fs.readFileSync(path.join(dataDir, "claimtrail.lock"), "utf8"));
  } catch {
    return;
  }
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if (error.code !== "EPERM") return;
  }
  console.error(
    `The embedded database in ${dataDir} is in use by another Claimtrail process (pid ${owner.pid}, ` +
      `started ${owner.startedAt}: ${owner.command}). Stop that process first, or point this one at ` +
      "another folder with CLAIMTRAIL_DATA_DIR, or at PostgreSQL with DATABASE_URL.",
  );
  process.exit(1);
}
refuseWhileHeld();
// After a `git pull` that changed the schema, without `npm ci`: the build needs the new client.
ensurePrismaClient(root);

const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
const changedAt = Math.max(...sources.map((source) => newestMtime(path.join(root, source))));
if (builtAt > changedAt) process.exit(0);

console.log(builtAt ? "Sources changed since the last build; building…" : "First start: building the app…");
const result = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
  cwd: root,
  stdio: "inherit",
});
process.exit(result.status ?? 1);
