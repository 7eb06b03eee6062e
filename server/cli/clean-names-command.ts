// `claimtrail clean-names`: the names and titles stored before control characters were refused
// (server/services/maintenance/control-character-names.ts), listed; with --apply, cleaned, each
// with its audit record. It needs the database itself: with the embedded one, stop the server
// first.
import { escapeControlCharacters } from "@/lib/input/terminal-text";
import { getAppDatabase } from "@/server/app-database";
import {
  cleanControlCharacterNames,
  findControlCharacterNames,
} from "@/server/services/maintenance/control-character-names";

export async function cleanNamesCommand(options: { apply?: boolean; json?: boolean }): Promise<void> {
  const { db } = await getAppDatabase();
  const found = await findControlCharacterNames(db);
  const outcomes = options.apply
    ? await cleanControlCharacterNames(db, found)
    : found.map((name) => ({ name, outcome: "found" as const, why: undefined }));
  if (options.json) {
    const rows = outcomes.map(({ name, outcome, why }) => ({ ...name, outcome, ...(why ? { why } : {}) }));
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  if (found.length === 0) {
    process.stdout.write("no stored name or title holds a control character\n");
    return;
  }
  for (const { name, outcome, why } of outcomes) {
    const was = escapeControlCharacters(name.value);
    const becomes = name.cleaned === null ? "(nothing left)" : name.cleaned;
    process.stdout.write(
      `${name.table}.${name.column} ${name.id}: "${was}" -> "${becomes}"${outcome === "left" ? ` (left: ${why})` : ""}\n`,
    );
  }
  const cleaned = outcomes.filter((entry) => entry.outcome === "cleaned").length;
  process.stdout.write(
    options.apply
      ? `${cleaned} of ${found.length} cleaned\n`
      : `${found.length} found; run with --apply to clean them (each change is recorded in the audit log)\n`,
  );
}
