// Runs the `claimtrail` bundle (build-cli.mjs) in this process from V8's code cache: the
// bytecode V8 compiled for it in earlier runs of the same command, kept in
// <bundle folder>/code-cache/<bundle hash>-<command>.bin. Without a cache V8 parses the 5 MB
// bundle and compiles each function the command runs; with it, it reads them back. One cache per
// command: a cache holds the functions that ran, so `articles` and `export` each get their own.
// The first runs of a command each write it again, holding what they ran besides (a first run
// on a fresh data folder runs initdb and the demo's import, not the usual start): after
// GENERATIONS writes a cache is left as it is. A cache is used only with the bundle whose
// content hash names it and whose header repeats that hash; V8 refuses one made by another V8
// version or with other flags, and the cache is then written again. V8 does not check the bytes
// of a cache it accepts (a damaged one can crash it, and then every later run), so the header
// carries their SHA-256 and a cache whose bytes do not match is not given to V8.
import { createHash } from "node:crypto";
import fs from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";
import { readCliManifest, utf16Name } from "./build-cli.mjs";

const MAGIC = "claimtrail-code-cache-3";
const GENERATIONS = 4;

/** The code cache file of `command` for the bundle with content hash `hash`. */
function codeCacheFile(dir, hash, command) {
  const name = /^[a-z][a-z-]{0,39}$/.test(command ?? "") ? command : "other";
  return path.join(dir, "code-cache", `${hash}-${name}.bin`);
}

/**
 * Runs the bundle installed in `dir` as the main program (`command` names its cache: the first
 * argument). Returns false, having run nothing, when `dir` holds no bundle; throws what the
 * bundle's top level throws.
 */
export function runCliBundle(dir, command) {
  let manifest = readCliManifest(dir);
  let source;
  try {
    source = manifest && fs.readFileSync(path.join(dir, utf16Name(manifest.bundle))).toString("utf16le");
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
    // Rebuilt between reading the manifest and the bundle: the new manifest names the new one.
    manifest = readCliManifest(dir);
    source = manifest && fs.readFileSync(path.join(dir, utf16Name(manifest.bundle))).toString("utf16le");
  }
  if (!manifest || !source) return false;
  const filename = path.join(dir, manifest.bundle);
  const cacheFile = codeCacheFile(dir, manifest.hash, command);
  const cache = readCodeCache(cacheFile, manifest.hash);
  const script = new vm.Script(Module.wrap(source), { filename, cachedData: cache?.data });
  const generation = cache && !script.cachedDataRejected ? cache.generation + 1 : 1;
  if (generation <= GENERATIONS)
    process.once("exit", () => writeCodeCache(cacheFile, manifest.hash, generation, script));
  // Called as Node calls a CommonJS file: (exports, require, module, __filename, __dirname).
  const module = { exports: {}, id: filename, filename, loaded: false };
  script.runInThisContext().call(module.exports, module.exports, createRequire(filename), module, filename, dir);
  return true;
}

/**
 * The cache's V8 data and how many times it was written, when its header names bundle `hash`
 * and its length is whole; else undefined.
 */
function readCodeCache(file, hash) {
  let bytes;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const newline = bytes.indexOf(10);
  const [magic, named, length, digest, generation] = bytes
    .subarray(0, Math.max(newline, 0))
    .toString("latin1")
    .split(" ");
  const data = bytes.subarray(newline + 1);
  if (newline < 0 || magic !== MAGIC || named !== hash || data.length !== Number(length) || data.length === 0)
    return undefined;
  if (digestOf(data) !== digest) return undefined;
  return { data, generation: Number(generation) || GENERATIONS };
}

/** Writes the cache of what has run (once the command ends); never fails the command. */
function writeCodeCache(file, hash, generation, script) {
  try {
    const data = script.createCachedData();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    const header = Buffer.from(`${MAGIC} ${hash} ${data.length} ${digestOf(data)} ${generation}\n`, "latin1");
    fs.writeFileSync(temporary, Buffer.concat([header, data]));
    fs.renameSync(temporary, file);
  } catch {
    // A read-only install, a full disk: the next command compiles again.
  }
}

function digestOf(data) {
  return createHash("sha256").update(data).digest("hex");
}
