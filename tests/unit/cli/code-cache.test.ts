// The `claimtrail` bundle runs from V8's code cache (scripts/run-cli-bundle.mjs). V8 itself checks
// only that a cache was made from a source of the same length: a stale cache must never reach it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const scripts = path.resolve(import.meta.dirname, "../../../scripts");
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function node(script: string): string {
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return result.stdout;
}

function install(dir: string, code: string): void {
  node(`import { writeCliBundle } from ${JSON.stringify(`${scripts}/build-cli.mjs`)};
    writeCliBundle(${JSON.stringify(dir)}, ${JSON.stringify(code)});`);
}

function run(dir: string, command = "articles"): string {
  return node(`import { runCliBundle } from ${JSON.stringify(`${scripts}/run-cli-bundle.mjs`)};
    if (!runCliBundle(${JSON.stringify(dir)}, ${JSON.stringify(command)})) process.stdout.write("no bundle");`);
}

function cacheFiles(dir: string): string[] {
  const caches = path.join(dir, "code-cache");
  return fs.existsSync(caches) ? fs.readdirSync(caches).filter((name) => !name.endsWith(".tmp")) : [];
}

/** How many times the cache was written (the last word of its header). */
function generationOf(cache: string): number {
  const bytes = fs.readFileSync(cache);
  return Number(bytes.subarray(0, bytes.indexOf(10)).toString("latin1").split(" ").at(-1));
}

function hashOf(dir: string): string {
  return JSON.parse(fs.readFileSync(path.join(dir, "claimtrail.json"), "utf8")).hash;
}

// Two bundles of the same length whose functions answer differently: V8 would take either's cache for the other.
const bundleA =
  'function word() { return "one"; }\nprocess.stdout.write("A:" + word() + ":" + __filename.endsWith(".cjs"));\n';
const bundleB =
  'function word() { return "two"; }\nprocess.stdout.write("B:" + word() + ":" + __filename.endsWith(".cjs"));\n';

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimtrail-code-cache-"));
  made.push(dir);
  return dir;
}

describe("the CLI bundle's code cache", () => {
  it("is made by a command's first run, used by the next, and kept per command", () => {
    expect(bundleA.length).toBe(bundleB.length);
    const dir = tempDir();
    expect(run(dir)).toBe("no bundle");
    install(dir, bundleA);
    expect(run(dir)).toBe("A:one:true");
    const cache = path.join(dir, "code-cache", `${hashOf(dir)}-articles.bin`);
    expect(cacheFiles(dir)).toEqual([path.basename(cache)]);
    expect(generationOf(cache)).toBe(1);
    // The next runs use it and write it again, with what they ran besides, up to the fourth.
    for (let i = 2; i <= 4; i++) {
      expect(run(dir)).toBe("A:one:true");
      expect(generationOf(cache)).toBe(i);
    }
    const made = fs.statSync(cache).mtimeMs;
    expect(run(dir)).toBe("A:one:true");
    expect(fs.statSync(cache).mtimeMs).toBe(made);
    expect(generationOf(cache)).toBe(4);
    expect(run(dir, "sourcing")).toBe("A:one:true");
    expect(run(dir, "../../not-a-name")).toBe("A:one:true");
    expect(cacheFiles(dir).sort()).toEqual(
      [`${hashOf(dir)}-articles.bin`, `${hashOf(dir)}-other.bin`, `${hashOf(dir)}-sourcing.bin`].sort(),
    );
  });

  it("is never used for another bundle, even of the same length: a new bundle removes the old caches", () => {
    const dir = tempDir();
    install(dir, bundleA);
    expect(run(dir)).toBe("A:one:true");
    const oldCache = fs.readFileSync(path.join(dir, "code-cache", `${hashOf(dir)}-articles.bin`));
    install(dir, bundleB);
    expect(cacheFiles(dir)).toEqual([]);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith(".cjs"))).toHaveLength(1);
    // The old cache copied to the new bundle's name: its header names the old bundle, so it is ignored.
    const newCache = path.join(dir, "code-cache", `${hashOf(dir)}-articles.bin`);
    fs.writeFileSync(newCache, oldCache);
    expect(run(dir)).toBe("B:two:true");
    expect(fs.readFileSync(newCache).toString("latin1")).toContain(hashOf(dir));
    expect(run(dir)).toBe("B:two:true");
  });

  it("is written again when it is cut short or V8 refuses it, and the command still runs", () => {
    const dir = tempDir();
    install(dir, bundleB);
    run(dir);
    const cache = path.join(dir, "code-cache", `${hashOf(dir)}-articles.bin`);
    const whole = fs.readFileSync(cache);
    fs.writeFileSync(cache, whole.subarray(0, whole.length - 10));
    expect(run(dir)).toBe("B:two:true");
    expect(fs.readFileSync(cache).length).toBe(whole.length);
    // A right header over bytes that are not V8's: V8 refuses them.
    const header = whole.subarray(0, whole.indexOf(10) + 1);
    const payloadLength = whole.length - header.length;
    fs.writeFileSync(cache, Buffer.concat([header, Buffer.alloc(payloadLength, 7)]));
    expect(run(dir)).toBe("B:two:true");
    expect(fs.readFileSync(cache).subarray(header.length).equals(Buffer.alloc(payloadLength, 7))).toBe(false);
  });

  it("is not given to V8 when its bytes were damaged after it was written, and is written again", () => {
    const dir = tempDir();
    install(dir, bundleB);
    run(dir);
    const cache = path.join(dir, "code-cache", `${hashOf(dir)}-articles.bin`);
    const whole = fs.readFileSync(cache);
    const start = whole.indexOf(10) + 1;
    const damaged = Buffer.from(whole);
    for (let i = start + Math.floor((whole.length - start) / 2); i < whole.length; i++) damaged[i] = damaged[i]! ^ 0xff;
    fs.writeFileSync(cache, damaged);
    expect(run(dir)).toBe("B:two:true");
    // Not used (a used cache would be written again at generation 2): written afresh instead.
    expect(generationOf(cache)).toBe(1);
    expect(fs.readFileSync(cache).equals(damaged)).toBe(false);
  });
});
