#!/usr/bin/env node
// The one place that works around Prisma's schema-engine download (see docs/PRISMA.md):
// `prisma generate` wants the engine binary to exist, so it is pointed at a stub that refuses
// to run. The generated client itself needs no engine (driver adapters).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const prismaBin = join(root, "node_modules", ".bin", "prisma");
if (!existsSync(prismaBin)) {
  console.log("prisma-generate: prisma CLI not installed yet; skipping (runs again after npm install).");
  process.exit(0);
}
const result = spawnSync(prismaBin, ["generate"], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: join(root, "prisma", "engine-stub", "schema-engine"),
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
