// Runs the `claimtrail` bundle (build-cli.mjs) in this process from V8's code cache: the
// bytecode V8 compiled for it in an earlier run of the same command, kept in
// <bundle folder>/code-cache/<bundle hash>-<command>.bin. Without a cache V8 parses the 5 MB
// bundle and compiles each function the command runs; with it, it reads them back. One cache per
// command, made when that command first ends: a cache holds the functions that ran, so
// `articles` and `export` each get their own. A cache is used only with the bundle whose content
// hash names it and whose header repeats that hash; V8 refuses one made by another V8 version or
// with other flags, and the cache is then written again.
import fs from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";
import { readCliManifest, utf16Name } from "./build-cli.mjs";

const MAGIC = "claimtrail-code-cache-1";

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
  const cachedData = readCodeCache(cacheFile, manifest.hash);
  const script = new vm.Script(Module.wrap(source), { filename, cachedData });
  if (!cachedData || script.cachedDataRejected)
    process.once("exit", () => writeCodeCache(cacheFile, manifest.hash, script));
  // Called as Node calls a CommonJS file: (exports, require, module, __filename, __dirname).
  const module = { exports: {}, id: filename, filename, loaded: false };
  script.runInThisContext().call(module.exports, module.exports, createRequire(filename), module, filename, dir);
  return true;
}

/** The cache's V8 data when its header names bundle `hash` and its length is whole, else undefined. */
function readCodeCache(file, hash) {
  let data;
  try {
    data = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const header = `${MAGIC} ${hash} `;
  const newline = data.indexOf(10);
  if (newline < 0 || !data.subarray(0, newline).toString("latin1").startsWith(header)) return undefined;
  const length = Number(data.subarray(header.length, newline).toString("latin1"));
  const payload = data.subarray(newline + 1);
  return payload.length === length && length > 0 ? payload : undefined;
}

/** Writes the cache of what has run (once the command ends); never fails the command. */
function writeCodeCache(file, hash, script) {
  try {
    const data = script.createCachedData();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, Buffer.concat([Buffer.from(`${MAGIC} ${hash} ${data.length}\n`, "latin1"), data]));
    fs.renameSync(temporary, file);
  } catch {
    // A read-only install, a full disk: the next command compiles again.
  }
}
