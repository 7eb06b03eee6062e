// Reads CSV with Python's csv module: a reader that shares no code with csv-stringify or csv-parse.
import { spawnSync } from "node:child_process";

const READ_CSV = `
import csv, io, json, sys
text = sys.stdin.buffer.read().decode("utf-8-sig")
print(json.dumps(list(csv.DictReader(io.StringIO(text, newline="")))))
`;

/** Every record as an object keyed by the header row, as Python's csv.DictReader reads it. */
export function readCsvWithPython(csv: string): Array<Record<string, string>> {
  const run = spawnSync("python3", ["-c", READ_CSV], { input: csv, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`python3 could not read the CSV: ${run.stderr || run.error?.message}`);
  return JSON.parse(run.stdout) as Array<Record<string, string>>;
}
