// HTTP on loopback against the production server (built if stale), once on a fresh embedded
// database and once on a fresh PostgreSQL database when TEST_DATABASE_URL or DATABASE_URL is set,
// each seeded with the demo newsroom: the public article page served from the cache of public reads, the same
// page for a signed-in member (read from the database), the public sourcing query over tRPC, and
// a static file from the same server, each at 10 and 50 connections with autocannon. The load
// tool runs in this process, on the same cores as the server: compare rows, not machines.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { readOutbox } from "@/server/mail/outbox";
import { benchEngineWanted, benchPostgresUrl, createBenchDatabase } from "./bench-engines";

const SLUG = "macron-coalition-of-the-willing";

export type HttpRow = {
  engine: "pglite" | "postgres";
  target: string;
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors (timeouts included: none answered within 10 s) and answers other than 2xx. */
  errors: number;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function startServer(
  root: string,
  databaseUrl: string,
): Promise<{ url: string; dataDir: string; child: ChildProcess }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimtrail-bench-http-"));
  const env = {
    ...process.env,
    // Empty: the embedded database in the fresh data folder.
    DATABASE_URL: databaseUrl,
    CLAIMTRAIL_DATA_DIR: dataDir,
    NODE_ENV: "production" as const,
    // The per-client limit on signed-out API reads would answer most of the load with 429.
    CLAIMTRAIL_PUBLIC_READS_PER_MINUTE: "0",
  };
  const build = spawnSync(process.execPath, [path.join(root, "scripts", "build-if-stale.mjs")], { cwd: root, env });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [path.join(root, "scripts", "serve.mjs"), "--port", String(port), "--hostname", "127.0.0.1"],
    { cwd: root, env },
  );
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 180_000;
  while (!output.includes("database ready") || !output.includes("listening")) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url: `http://127.0.0.1:${port}`, dataDir, child };
}

/**
 * Signs up and confirms the address with the link the server mailed to its outbox (no SMTP
 * server here); the first confirmed account owns the demo newsroom. @returns the session cookie.
 */
async function signUp(url: string, dataDir: string): Promise<string> {
  const email = "bench@example.org";
  const password = "a long enough password";
  const post = async (procedure: string, input: unknown) => {
    const response = await fetch(`${url}/api/trpc/${procedure}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(input),
    });
    if (!response.ok) throw new Error(`${procedure} failed: ${response.status} ${await response.text()}`);
    return response;
  };
  await post("auth.signUp", { email, name: "Bench", password });
  let token: string | null = null;
  for (let attempt = 0; attempt < 100 && !token; attempt++) {
    const mail = readOutbox(path.join(dataDir, "outbox"), 10).find((each) => each.to === email);
    const link = mail ? /(http:\/\/\S+\/confirm\?\S+)/.exec(mail.text)?.[1] : undefined;
    token = link ? new URL(link).searchParams.get("token") : null;
    if (!token) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!token) throw new Error(`no confirmation mail for ${email} in ${dataDir}/outbox`);
  const confirmed = await post("auth.confirmEmail", { token, password });
  return confirmed.headers.get("set-cookie")!.split(";")[0]!;
}

async function load(url: string, connections: number, seconds: number, headers: Record<string, string>) {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/**
 * Waits until the server has worked off what the last load left queued (it goes on rendering
 * requests whose clients have left), so that no row pays for the one before it.
 */
async function settle(url: string, asset: string): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const started = performance.now();
    await (await fetch(`${url}${asset}`)).arrayBuffer();
    if (performance.now() - started < 100) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Every target at 10 and 50 connections, `seconds` each, on each engine (PGlite, then PostgreSQL when a URL is set). */
export async function benchHttp(root: string, seconds: number): Promise<HttpRow[]> {
  const rows: HttpRow[] = [];
  if (benchEngineWanted("pglite")) rows.push(...(await benchServer(root, seconds, "pglite", "")));
  const postgres = benchPostgresUrl();
  if (postgres && benchEngineWanted("postgres")) {
    const database = await createBenchDatabase(postgres);
    try {
      rows.push(...(await benchServer(root, seconds, "postgres", database.url)));
    } finally {
      await database.drop();
    }
  }
  return rows;
}

/** One server on one database: every target at 10 and 50 connections, after one unmeasured request each. */
async function benchServer(
  root: string,
  seconds: number,
  engine: HttpRow["engine"],
  databaseUrl: string,
): Promise<HttpRow[]> {
  const { url, dataDir, child } = await startServer(root, databaseUrl);
  try {
    const cookie = await signUp(url, dataDir);
    const page = await (await fetch(`${url}/articles/${SLUG}`)).text();
    const asset = page.match(/\/_next\/static\/[\w/.-]+\.css/)?.[0];
    if (!asset) throw new Error("no stylesheet found on the article page");
    const input = encodeURIComponent(JSON.stringify({ slug: SLUG }));
    const targets: Array<[string, string, Record<string, string>]> = [
      ["static file (stylesheet)", asset, {}],
      ["article page, signed out (cached)", `/articles/${SLUG}`, {}],
      ["sourcing.article GET, signed out", `/api/trpc/sourcing.article?input=${input}`, {}],
      ["article page, member (database)", `/articles/${SLUG}`, { cookie }],
    ];
    for (const [, address, headers] of targets) {
      const response = await fetch(`${url}${address}`, { headers });
      if (!response.ok) throw new Error(`${address}: ${response.status}`);
      await response.arrayBuffer();
    }
    const rows: HttpRow[] = [];
    for (const connections of [10, 50])
      for (const [target, address, headers] of targets) {
        rows.push({ engine, target, connections, ...(await load(`${url}${address}`, connections, seconds, headers)) });
        await settle(url, asset);
      }
    return rows;
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
}
