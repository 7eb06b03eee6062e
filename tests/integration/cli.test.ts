import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, tempDataDir } from "../support/run-cli";
import { createPostgresDatabase } from "../support/test-databases";

describe("claimtrail CLI on the embedded database", { timeout: 300_000 }, () => {
  const env = { CLAIMTRAIL_DATA_DIR: tempDataDir() };

  it("prepares a fresh data folder on first use and lists the demo article", async () => {
    const result = await runCli(["articles", "--json"], env);
    expect(result.stderr).not.toMatch(/claimtrail:/);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        id: expect.any(String),
        slug: "macron-coalition-of-the-willing",
        title: expect.stringContaining("Macron"),
        status: "PUBLISHED",
      },
    ]);
  });

  it("prints an article's sourcing in the documented shape", async () => {
    const result = await runCli(["sourcing", "macron-coalition-of-the-willing", "--json"], env);
    expect(result.code).toBe(0);
    const sourcing = JSON.parse(result.stdout);
    expect(sourcing.article).toMatchObject({ slug: "macron-coalition-of-the-willing" });
    expect(sourcing.claims).toHaveLength(15);
    for (const claim of sourcing.claims) {
      expect(Object.keys(claim)).toEqual(
        expect.arrayContaining([
          "id",
          "quote",
          "speaker",
          "directness",
          "hopsToOrigin",
          "independentPaths",
          "primaryRecord",
          "confidence",
          "weakestLink",
          "summary",
        ]),
      );
    }
    const troops = sourcing.claims.find((claim: { quote: string }) => claim.quote.includes("several thousand troops"));
    expect(troops).toMatchObject({
      speaker: "Emmanuel Macron",
      directness: "indirect",
      hopsToOrigin: 3,
      independentPaths: 1,
      primaryRecord: "not_available",
    });
  });

  it("suggests claims from a file in the shape the attribution scorer reads", async () => {
    const result = await runCli(["extract", "prisma/seed/article.txt", "--json"], env);
    expect(result.code).toBe(0);
    const { claims } = JSON.parse(result.stdout);
    expect(claims.length).toBeGreaterThanOrEqual(15);
    for (const claim of claims)
      expect(Object.keys(claim)).toEqual(
        expect.arrayContaining(["start", "end", "text", "kind", "speaker", "cue", "indirect", "sources"]),
      );
  });

  it("suggests claims for a folder and for several files in one process, one JSON line per file", async () => {
    const dir = tempDataDir();
    const plain = "Paul Okafor said the company would cooperate fully with the review.\n";
    // Saved on Windows with a byte-order mark: offsets still count in the LF text without the mark.
    fs.writeFileSync(
      path.join(dir, "b-windows.txt"),
      `\uFEFF${plain.replace("\n", "\r\n")}Okafor said the crane was old.\r\n`,
    );
    fs.writeFileSync(path.join(dir, "a-plain.txt"), plain);
    fs.writeFileSync(path.join(dir, "notes.json"), "{}");
    const folder = await runCli(["extract", dir, "--json"], env);
    expect(folder.stderr).not.toMatch(/claimtrail:/);
    expect(folder.code).toBe(0);
    const lines = folder.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => path.basename(line.file))).toEqual(["a-plain.txt", "b-windows.txt"]);
    const normalised = `${plain}Okafor said the crane was old.\n`;
    const windows = lines[1].claims;
    expect(windows.length).toBeGreaterThanOrEqual(2);
    for (const claim of windows) expect(normalised.slice(claim.start, claim.end)).toBe(claim.text);
    expect(windows[1]).toMatchObject({ speaker: "Paul Okafor", text: "the crane was old" });

    const files = await runCli(["extract", path.join(dir, "a-plain.txt"), "prisma/seed/article.txt", "--json"], env);
    expect(files.code).toBe(0);
    expect(files.stdout.trim().split("\n")).toHaveLength(2);
    expect(JSON.parse(files.stdout.trim().split("\n")[1]!).claims.length).toBeGreaterThanOrEqual(15);
  });

  it("refuses an article file longer than the app's body limit of 200,000 characters", async () => {
    const file = path.join(tempDataDir(), "long.txt");
    fs.writeFileSync(file, "The mayor said the bridge will open. ".repeat(5406).slice(0, 200_001));
    const result = await runCli(["extract", file, "--json"], env);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`claimtrail: ${file} has 200001 characters; an article may have at most 200000`);
  });

  it("stops with one clear line naming a missing file of a batch", async () => {
    const dir = tempDataDir();
    fs.writeFileSync(path.join(dir, "one.txt"), "The ministry said the bridge was safe.\n");
    const result = await runCli(["extract", path.join(dir, "one.txt"), path.join(dir, "missing.txt"), "--json"], env);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`claimtrail: no file or folder ${path.join(dir, "missing.txt")}`);
  });

  it("revises an article from a body file and prints each claim's re-anchoring", async () => {
    const seedBody = fs.readFileSync(path.join("prisma", "seed", "article.txt"), "utf8");
    const file = path.join(tempDataDir(), "corrected.txt");
    fs.writeFileSync(file, seedBody.replace("has elaborated on potential", "has elaborated on the potential"));
    const result = await runCli(["revise", "macron-coalition-of-the-willing", "--body-file", file, "--json"], env);
    expect(result.stderr).not.toMatch(/claimtrail:/);
    const revision = JSON.parse(result.stdout);
    expect(revision.article).toMatchObject({ slug: "macron-coalition-of-the-willing", version: 2 });
    const newBody = fs.readFileSync(file, "utf8").trimEnd();
    for (const claim of revision.claims) {
      expect(Object.keys(claim)).toEqual(expect.arrayContaining(["id", "quote", "status", "start", "end"]));
      expect(["unchanged", "moved"]).toContain(claim.status);
      expect(newBody.slice(claim.start, claim.end)).toBe(claim.quote);
    }
  });

  it("exits non-zero with one clear line for an unknown article", async () => {
    const result = await runCli(["sourcing", "no-such-article", "--json"], env);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("claimtrail: no article no-such-article");
  });

  it("names every format it knows, w3c included, when --format is unknown", async () => {
    const result = await runCli(["export", "--article", "no-such-article", "--format", "nope"], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('claimtrail: unknown --format "nope"; one of csl,');
    expect(result.stderr).toContain(", w3c");
  });

  it("refuses a data folder another live process holds, naming it, when no server answers", async () => {
    const locked = tempDataDir();
    fs.writeFileSync(
      path.join(locked, "claimtrail.lock"),
      JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString(), command: "vitest" }),
    );
    const result = await runCli(["articles", "--json", "--server", "http://127.0.0.1:9"], {
      CLAIMTRAIL_DATA_DIR: locked,
    });
    expect(result.code).toBe(5);
    expect(result.stderr).toContain(`is in use by another Claimtrail process (pid ${process.pid}`);
    expect(fs.existsSync(path.join(locked, "pglite"))).toBe(false);
  });

  it("reads through the server the lock names when --server is not given, and says which", async () => {
    const locked = tempDataDir();
    fs.writeFileSync(
      path.join(locked, "claimtrail.lock"),
      JSON.stringify({
        pid: process.pid,
        startedAt: new Date().toISOString(),
        command: "scripts/serve.mjs --port 9",
        serverUrl: "http://127.0.0.1:9",
      }),
    );
    const result = await runCli(["articles", "--json"], { CLAIMTRAIL_DATA_DIR: locked });
    expect(result.code).toBe(5);
    expect(result.stderr).toContain("scripts/serve.mjs --port 9, serving http://127.0.0.1:9)");
    expect(result.stderr).toContain("The server at http://127.0.0.1:9 did not answer either");
  });

  it("refuses a --server that is not an http address, before touching the database", async () => {
    const dir = tempDataDir();
    const result = await runCli(["sourcing", "any", "--server", "not a url"], { CLAIMTRAIL_DATA_DIR: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--server must be an http(s) address such as http://localhost:3000, not not a url");
    expect(fs.existsSync(path.join(dir, "pglite"))).toBe(false);
  });

  it("takes over a lock left by a process that died", async () => {
    const stale = tempDataDir();
    fs.writeFileSync(
      path.join(stale, "claimtrail.lock"),
      JSON.stringify({ pid: 2 ** 22 + 12345, startedAt: "2020-01-01T00:00:00Z", command: "gone" }),
    );
    const result = await runCli(["articles", "--json"], { CLAIMTRAIL_DATA_DIR: stale });
    expect(result.code).toBe(0);
    expect(fs.existsSync(path.join(stale, "claimtrail.lock"))).toBe(false);
  });
});

describe("claimtrail CLI on PostgreSQL", async () => {
  const database = await createPostgresDatabase();
  afterAll(() => database?.drop());

  it.skipIf(!database)("runs the same commands against DATABASE_URL", async () => {
    const result = await runCli(["sourcing", "macron-coalition-of-the-willing", "--json"], {
      DATABASE_URL: database!.url,
    });
    expect(result.stderr).not.toMatch(/claimtrail:/);
    expect(JSON.parse(result.stdout).claims).toHaveLength(15);
  });
});
