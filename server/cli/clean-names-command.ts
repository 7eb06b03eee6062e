// `claimtrail clean-names`: the names and titles stored before today's name rule that it would
// normalise or refuse (server/services/maintenance/find-unclean-names.ts), listed; with --apply,
// cleaned, each with its audit record, and what needs a person listed with why. Every value is
// printed with its control and invisible characters escaped: a stored bidi override would
// otherwise reorder the operator's terminal line. It needs the database itself: with the
// embedded one, stop the server first.
import { escapeInvisibleCharacters, escapeInvisibleInJson } from "@/lib/input/terminal-text";
import { getAppDatabase } from "@/server/app-database";
import { cleanStoredNames } from "@/server/services/maintenance/clean-stored-names";
import { findUncleanNames } from "@/server/services/maintenance/find-unclean-names";

export async function cleanNamesCommand(options: { apply?: boolean; json?: boolean }): Promise<void> {
  const { db } = await getAppDatabase();
  const found = await findUncleanNames(db);
  const outcomes = options.apply
    ? await cleanStoredNames(db, found)
    : found.map((name) => ({ name, outcome: "found" as const, why: undefined }));
  if (options.json) {
    const rows = outcomes.map(({ name, outcome, why }) => ({ ...name, outcome, ...(why ? { why } : {}) }));
    process.stdout.write(`${escapeInvisibleInJson(JSON.stringify(rows, null, 2))}\n`);
    return;
  }
  if (found.length === 0) {
    process.stdout.write("every stored name and title passes today's name rule\n");
    return;
  }
  for (const { name, outcome, why } of outcomes) {
    const becomes = name.cleaned === null ? "(nothing left)" : `"${name.cleaned}"`;
    const refused = name.refused && outcome === "found" ? ` (refused: it ${name.refused})` : "";
    const left = outcome === "left" ? ` (left: ${why})` : "";
    process.stdout.write(
      `${escapeInvisibleCharacters(`${name.table}.${name.column} ${name.id}: "${name.value}" -> ${becomes}${refused}${left}`)}\n`,
    );
  }
  const cleaned = outcomes.filter((entry) => entry.outcome === "cleaned").length;
  process.stdout.write(
    options.apply
      ? `${cleaned} of ${found.length} cleaned\n`
      : `${found.length} found; run with --apply to clean them (each change is recorded in the audit log)\n`,
  );
}
