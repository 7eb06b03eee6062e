// After a `git pull` that changed prisma/schema.prisma, without `npm ci`, the `claimtrail`
// command and `npm start` generate the Prisma client again before using it
// (scripts/prisma-generate.mjs, ensurePrismaClient). Run here on a copy of the schema in a
// folder of its own, so the project's own client is never touched while other tests use it.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/test-env";

const script = path.join(repoRoot, "scripts", "prisma-generate.mjs");
let root: string;
const client = () => path.join(root, "prisma", "generated", "prisma", "client.ts");
const schema = () => path.join(root, "prisma", "schema.prisma");

/** Runs ensurePrismaClient on the copy in a process of its own, as the command does. */
function ensure(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const code = `import(${JSON.stringify(script)}).then((m) => m.ensurePrismaClient(${JSON.stringify(root)}))`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", code]);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (exit) => resolve({ code: exit, stdout, stderr }));
  });
}

/** Changes the schema as a pull would: new content, written after the client. */
function pullSchemaChange(model: string) {
  fs.appendFileSync(schema(), `\nmodel ${model} {\n  id String @id\n}\n`);
  const later = new Date(fs.statSync(client()).mtimeMs + 2000);
  fs.utimesSync(schema(), later, later);
}

const GENERATING = "claimtrail: prisma/schema.prisma is newer than the Prisma client; generating the client…";

describe("the Prisma client follows the schema", { timeout: 240_000 }, () => {
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "claimtrail-prisma-"));
    fs.mkdirSync(path.join(root, "prisma"));
    fs.copyFileSync(path.join(repoRoot, "prisma", "schema.prisma"), schema());
    fs.copyFileSync(path.join(repoRoot, "prisma.config.ts"), path.join(root, "prisma.config.ts"));
    fs.symlinkSync(path.join(repoRoot, "prisma", "engine-stub"), path.join(root, "prisma", "engine-stub"));
    fs.symlinkSync(path.join(repoRoot, "node_modules"), path.join(root, "node_modules"));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it("generates a missing client, saying so on stderr only, and leaves a fresh one alone", async () => {
    const first = await ensure();
    expect(first.code).toBe(0);
    expect(first.stdout).toBe("");
    expect(first.stderr.split("\n")[0]).toBe(GENERATING);
    expect(fs.existsSync(client())).toBe(true);

    const madeAt = fs.statSync(client()).mtimeMs;
    const again = await ensure();
    expect(again).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(fs.statSync(client()).mtimeMs).toBe(madeAt);
  });

  it("generates again, once, when the schema is newer, even for commands started together", async () => {
    pullSchemaChange("PulledRow");
    const runs = await Promise.all([ensure(), ensure(), ensure()]);
    expect(runs.map((run) => run.code)).toEqual([0, 0, 0]);
    expect(runs.filter((run) => run.stderr.includes(GENERATING))).toHaveLength(1);
    expect(fs.readFileSync(path.join(root, "prisma", "generated", "prisma", "models.ts"), "utf8")).toContain(
      "PulledRow",
    );
    expect(fs.existsSync(path.join(root, "prisma", ".generating"))).toBe(false);
  });
});
