// Runs `claimtrail` as a user would, in its own process.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { repoRoot } from "./test-env";

export type CliResult = { code: number | null; stdout: string; stderr: string };

export function runCli(args: string[], env: Record<string, string | undefined>): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, "bin", "claimtrail.mjs"), ...args], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: "", TEST_DATABASE_URL: "", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

// Data folders made by a test file, removed after its tests (registered when the file imports this).
const dataDirs: string[] = [];
afterAll(() => {
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh empty data folder for a CLI test, removed after the test file's tests. */
export function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimtrail-cli-"));
  dataDirs.push(dir);
  return dir;
}
