// The annotation files of a bulk import, one at a time so that memory stays bounded whatever
// the import's size: every `.json` file of a folder (in name order; sub-folders are not
// entered), or every non-empty line of a JSON Lines file (`.jsonl`), read as a stream.
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { AppError } from "@/lib/errors";

/** One annotation file: `name` is the file, or `FILE:LINE` for a line of a JSON Lines file. */
export type AnnotationEntry = { name: string; read: () => unknown };

/** The same limit as one annotation file (import-command.ts). */
const MAX_ENTRY_BYTES = 20 * 1024 * 1024;

/** Whether `target` is read as many annotations (a folder or a .jsonl file) rather than one. */
export function isBulkSource(target: string): boolean {
  return /\.jsonl$/i.test(target) || (fs.existsSync(target) && fs.statSync(target).isDirectory());
}

/** Throws AppError INVALID for an entry that is too large or not JSON (named in the message). */
export async function* readAnnotationEntries(target: string): AsyncGenerator<AnnotationEntry> {
  if (!fs.existsSync(target)) throw new AppError("INVALID", `no file or folder ${target}`);
  if (fs.statSync(target).isDirectory()) yield* folderEntries(target);
  else yield* lineEntries(target);
}

/** How many entries `target` holds (a second, streaming read of a JSON Lines file), for progress. */
export async function countAnnotationEntries(target: string): Promise<number> {
  if (!fs.existsSync(target)) return 0;
  if (fs.statSync(target).isDirectory()) return jsonFilesOf(target).length;
  let count = 0;
  const lines = readline.createInterface({ input: fs.createReadStream(target, "utf8"), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim() !== "") count++;
  return count;
}

function jsonFilesOf(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.json$/i.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

function* folderEntries(folder: string): Generator<AnnotationEntry> {
  for (const name of jsonFilesOf(folder)) {
    const file = path.join(folder, name);
    yield {
      name: file,
      read: () => {
        const size = fs.statSync(file).size;
        if (size > MAX_ENTRY_BYTES) throw new AppError("INVALID", `${size} bytes; the limit is ${MAX_ENTRY_BYTES}`);
        return parseJson(fs.readFileSync(file, "utf8"));
      },
    };
  }
}

async function* lineEntries(file: string): AsyncGenerator<AnnotationEntry> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, "utf8"), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === "") continue;
    yield {
      name: `${file}:${number}`,
      read: () => {
        if (line.length > MAX_ENTRY_BYTES)
          throw new AppError("INVALID", `${line.length} characters; the limit is ${MAX_ENTRY_BYTES}`);
        return parseJson(line);
      },
    };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    if (error instanceof SyntaxError) throw new AppError("INVALID", `not JSON: ${error.message}`);
    throw error;
  }
}
