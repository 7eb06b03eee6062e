// The `claimtrail` command runs from one CommonJS bundle of scripts/cli.ts and the packages it
// loads, built by esbuild (a few seconds) at install and again whenever a source is newer than
// it, so a command neither compiles the project's TypeScript nor resolves and compiles a few
// hundred package files at each start. CommonJS, not ES modules: Node 20 compiles a CommonJS
// script from V8's code cache (run-cli-bundle.mjs), and has no such cache for ES modules.
// The packages that only some commands load, and large ones (a browser driver, an NLP model, the
// citation formats), stay in node_modules and load as before, when a command needs them.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { newestMtime } from "./newest-mtime.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Where the bundle, its manifest and its code caches live. */
export const cliBuildDir = path.join(root, ".build", "cli");
/** Names the current bundle; written last, so a command never finds a manifest without its bundle. */
const MANIFEST = "claimtrail.json";
const sources = ["lib", "server", "scripts/cli.ts", "prisma/generated", "tsconfig.json", "package-lock.json"];

const EXTERNAL = [
  // Built or loaded by path at run time, or native.
  "esbuild",
  "tsx",
  "@node-rs/argon2",
  "pg-native",
  // Emscripten output that declares its own `require` (esbuild's rewrite of `import()` would
  // call it) and loads its WebAssembly and data files from beside itself: its own CommonJS build.
  "@electric-sql/pglite",
  // Finds its worker script beside itself.
  "piscina",
  // Loaded by the commands that extract, export or print only, and large (megabytes each).
  "playwright-core",
  "wink-nlp",
  "wink-eng-lite-web-model",
  "gender-detection-from-name",
  "@citation-js/*",
  "n3",
  // Prisma's query compiler (4.5 MB of base64), loaded when Prisma first connects.
  "@prisma/client/runtime/query_compiler_*",
];

// A bundled package that uses __dirname or __filename would get the bundle's folder: each is
// listed here with why that is harmless, and any other fails the build.
const DIRNAME_ALLOWED = {
  // Only to find executable subcommands, which this command line does not have.
  "node_modules/commander/": true,
  // Sets globalThis.__dirname from its own import.meta.url, which becomes its real folder.
  "prisma/generated/prisma/client.ts": true,
};

/** True when the bundle exists and no source is newer than it. */
export function isCliBundleFresh() {
  const manifest = path.join(cliBuildDir, MANIFEST);
  if (!fs.existsSync(manifest)) return false;
  const builtAt = fs.statSync(manifest).mtimeMs;
  return sources.every((source) => newestMtime(path.join(root, source)) < builtAt);
}

/** The current bundle's file name and content hash, or null when there is none. */
export function readCliManifest(dir = cliBuildDir) {
  try {
    const { bundle, hash } = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), "utf8"));
    return typeof bundle === "string" && typeof hash === "string" ? { bundle, hash } : null;
  } catch {
    return null;
  }
}

/** Builds the bundle and installs it (writeCliBundle). Throws when esbuild reports an error. */
export async function buildCliBundle() {
  const esbuild = await import("esbuild");
  // Paths in the bundle are relative to the folder it is written to (see fileLocations).
  const result = await esbuild.build({
    entryPoints: [path.join(root, "scripts", "cli.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: EXTERNAL,
    // `import()` of a package left outside becomes `require()`: a script compiled with a code
    // cache cannot import dynamically on Node 20 (without --experimental-vm-modules).
    supported: { "dynamic-import": false },
    banner: { js: FILE_URL_HELPER },
    plugins: [fileLocations()],
    tsconfig: path.join(root, "tsconfig.json"),
    write: false,
    logLevel: "silent",
    outfile: path.join(cliBuildDir, "claimtrail.cjs"),
  });
  writeCliBundle(cliBuildDir, result.outputFiles[0].text);
}

/**
 * Installs `code` as the bundle of `dir`: `claimtrail-<hash>.cjs` (UTF-8, what stack traces
 * name), the same text as UTF-16 (what a command reads: decoding 5 MB of UTF-8 that is not all
 * ASCII took 60–120 ms, copying UTF-16 about 10), then the manifest naming them; then removes
 * every older bundle and code cache. A file named by its content's hash never changes, so a
 * code cache named by that hash can only be one of this bundle. Each file is written to a
 * temporary name and renamed: a command starting meanwhile reads the old bundle or the new one.
 * @public (tests/unit/cli/code-cache.test.ts runs it in a process of its own)
 */
export function writeCliBundle(dir, code) {
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 20);
  const bundle = `claimtrail-${hash}.cjs`;
  fs.mkdirSync(dir, { recursive: true });
  writeWhole(path.join(dir, bundle), code);
  writeWhole(path.join(dir, utf16Name(bundle)), Buffer.from(code, "utf16le"));
  writeWhole(path.join(dir, MANIFEST), JSON.stringify({ bundle, hash }));
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if ([MANIFEST, "code-cache"].includes(entry.name) || entry.name.includes(hash) || entry.name.endsWith(".tmp"))
      continue;
    fs.rmSync(path.join(dir, entry.name), { recursive: true, force: true });
  }
  const caches = path.join(dir, "code-cache");
  for (const name of fs.existsSync(caches) ? fs.readdirSync(caches) : [])
    if (!name.startsWith(hash)) fs.rmSync(path.join(caches, name), { force: true });
}

/** The UTF-16 copy of bundle `name`. */
export function utf16Name(name) {
  return name.replace(/\.cjs$/, ".utf16");
}

function writeWhole(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, contents);
  fs.renameSync(temporary, file);
}

// `import.meta.url` of a bundled ES module becomes its own file's URL, found from the bundle's
// folder (`__dirname` of the bundle), so the project folder can move. Defined once, at the top.
const FILE_URL_HELPER =
  'var __claimtrailFileUrl = ((url, path) => (relative) => url.pathToFileURL(path.join(__dirname, relative)).href)(require("node:url"), require("node:path"));';

function fileLocations() {
  return {
    name: "file-locations",
    setup(build) {
      build.onLoad({ filter: /\.(m?js|cjs|ts|mts)$/ }, async (args) => {
        const text = await fs.promises.readFile(args.path, "utf8");
        if (!/import\.meta|__dirname|__filename/.test(text)) return undefined;
        const file = path.relative(root, args.path).split(path.sep).join("/");
        if (/import\.meta(?!\.url)/.test(text))
          throw new Error(`${file}: only import.meta.url can be given a bundled module`);
        if (/__dirname|__filename/.test(text) && !Object.keys(DIRNAME_ALLOWED).some((dir) => file.startsWith(dir)))
          throw new Error(`${file} uses __dirname or __filename: add it to EXTERNAL, or to DIRNAME_ALLOWED with why`);
        const fromBundle = path.relative(cliBuildDir, args.path).split(path.sep).join("/");
        return {
          contents: text.replace(/\bimport\.meta\.url\b/g, `__claimtrailFileUrl(${JSON.stringify(fromBundle)})`),
          loader: /\.m?ts$/.test(args.path) ? "ts" : "js",
        };
      });
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await buildCliBundle();
}
