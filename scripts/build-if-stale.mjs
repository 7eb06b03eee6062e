#!/usr/bin/env node
// `npm start` builds the app first when there is no build, or when a source file is newer
// than the build, so `npm ci && npm start` works on a fresh clone and after a pull.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const buildId = path.join(root, ".next", "BUILD_ID");
const sources = [
  "app",
  "server",
  "lib",
  "prisma/schema.prisma",
  "prisma/generated",
  "instrumentation.ts",
  "next.config.js",
  "package-lock.json",
];

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
const changedAt = Math.max(...sources.map((source) => newestMtime(path.join(root, source))));
if (builtAt > changedAt) process.exit(0);

console.log(builtAt ? "Sources changed since the last build; building…" : "First start: building the app…");
const result = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
  cwd: root,
  stdio: "inherit",
});
process.exit(result.status ?? 1);
