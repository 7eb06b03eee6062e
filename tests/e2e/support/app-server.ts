// Starts the production app (building it first when stale) on a free port with its own data
// folder, as `npm start` would.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "../../support/test-env";

export type AppServer = { url: string; dataDir: string; output(): string; stop(): Promise<void> };

export function buildApp(): void {
  const result = spawnSync(process.execPath, [path.join(repoRoot, "scripts", "build-if-stale.mjs")], {
    cwd: repoRoot,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** How the server is started: as `npm start` does (scripts/serve.mjs), or with `next start` itself. */
type Starter = "npm start" | "next start";

export function spawnServer(
  port: number,
  dataDir: string,
  extraEnv: Record<string, string> = {},
  starter: Starter = "npm start",
): ChildProcess {
  const script =
    starter === "npm start"
      ? [path.join(repoRoot, "scripts", "serve.mjs")]
      : [path.join(repoRoot, "node_modules", "next", "dist", "bin", "next"), "start"];
  return spawn(process.execPath, [...script, "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: "", CLAIMTRAIL_DATA_DIR: dataDir, NODE_ENV: "production", ...extraEnv },
  });
}

export async function startAppServer(
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimtrail-e2e-")),
  extraEnv: Record<string, string> = {},
  starter: Starter = "npm start",
): Promise<AppServer> {
  const port = await freePort();
  const child = spawnServer(port, dataDir, extraEnv, starter);
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (!output.includes("database ready")) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`server did not become ready:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    dataDir,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
