// Names and titles stored before control characters were refused (issue 13: "Evil\r\nBcc: …" as
// a workspace name, an escape sequence in a title). The edges refuse C0 and C1 characters now
// (lib/input/name-text.ts), but rows written before keep them. This finds them and, when asked,
// cleans them: each run of control characters (line breaks, tabs, escapes…) becomes one space
// and the result is trimmed; nothing else of the text changes. A name left empty, or a source
// name or alias that would then match another of its workspace, is reported and left for a
// person (no name is invented, no source merged). Each cleaned row is written in one transaction
// with its audit record ("maintenance.clean_name", before and after).
import { normalizeSourceName } from "@/lib/sources/normalize-source-name";
import type { Db } from "@/server/database/open-database";
import type { Prisma } from "@/server/database/prisma";
import { recordAudit } from "../audit/record-audit";

/** C0 and C1 control characters (PostgreSQL text cannot hold NUL at all). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL_RUN = /[\u0001-\u001F\u007F-\u009F]+/gu;
const CONTROL_CLASS = "[\u0001-\u001F\u007F-\u009F]";

/** The stored names and titles the rule covers, and the SQL naming each row's workspace. */
const FIELDS = [
  { table: "workspace", column: "name", workspace: "id::text" },
  { table: "app_user", column: "name", workspace: "NULL" },
  { table: "api_token", column: "name", workspace: "workspace_id::text" },
  { table: "article", column: "title", workspace: "workspace_id::text" },
  { table: "article", column: "publisher", workspace: "workspace_id::text" },
  { table: "source", column: "name", workspace: "workspace_id::text" },
  {
    table: "source_alias",
    column: "name",
    workspace: "(SELECT s.workspace_id::text FROM source s WHERE s.id = source_alias.source_id)",
  },
] as const;

export type ControlCharacterName = {
  table: (typeof FIELDS)[number]["table"];
  column: string;
  id: string;
  workspaceId: string | null;
  value: string;
  /** The cleaned text; null when nothing would be left (rename it by hand). */
  cleaned: string | null;
};

/** One stored name cleaned: each run of control characters becomes one space; trimmed; null when empty. */
export function cleanName(value: string): string | null {
  const cleaned = value.replace(CONTROL_RUN, " ").replace(/ {2,}/g, " ").trim();
  return cleaned.length > 0 ? cleaned : null;
}

/** Every stored name or title holding a C0 or C1 control character, table by table, by id. */
export async function findControlCharacterNames(db: Db): Promise<ControlCharacterName[]> {
  const found: ControlCharacterName[] = [];
  for (const field of FIELDS) {
    const rows = await db.$queryRawUnsafe<{ id: string; workspace_id: string | null; value: string }[]>(
      `SELECT id::text AS id, ${field.workspace} AS workspace_id, "${field.column}" AS value FROM "${field.table}" WHERE "${field.column}" ~ $1 ORDER BY id`,
      CONTROL_CLASS,
    );
    for (const row of rows)
      found.push({
        table: field.table,
        column: field.column,
        id: row.id,
        workspaceId: row.workspace_id,
        value: row.value,
        cleaned: cleanName(row.value),
      });
  }
  return found;
}

type CleanOutcome = { name: ControlCharacterName; outcome: "cleaned" | "left"; why?: string };

/**
 * Writes the cleaned text of each of `names` (findControlCharacterNames), each row with its audit
 * record in one transaction. Left as it is: a name that would be empty, a source name or alias
 * that would match another one of its workspace, and a row changed since it was found.
 */
export async function cleanControlCharacterNames(db: Db, names: readonly ControlCharacterName[]) {
  const outcomes: CleanOutcome[] = [];
  for (const name of names) {
    if (name.cleaned === null) {
      outcomes.push({ name, outcome: "left", why: "nothing would be left of it: rename it by hand" });
      continue;
    }
    const why = await db.$transaction((tx) => cleanOne(tx, name, name.cleaned!));
    outcomes.push(why ? { name, outcome: "left", why } : { name, outcome: "cleaned" });
  }
  return outcomes;
}

/** Null once cleaned, else why the row was left. */
async function cleanOne(tx: Prisma.TransactionClient, name: ControlCharacterName, cleaned: string) {
  const normalized = name.table === "source" || name.table === "source_alias" ? normalizeSourceName(cleaned) : null;
  if (normalized !== null) {
    const [taken] =
      name.table === "source"
        ? await tx.$queryRawUnsafe<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM source WHERE workspace_id = $1::uuid AND normalized_name = $2 AND id <> $3::uuid`,
            name.workspaceId,
            normalized,
            name.id,
          )
        : await tx.$queryRawUnsafe<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM source_alias a WHERE a.source_id = (SELECT source_id FROM source_alias WHERE id = $1::uuid) AND a.normalized_name = $2 AND a.id <> $1::uuid`,
            name.id,
            normalized,
          );
    if (!normalized || (taken?.n ?? 0) > 0) return "it would then match another name: rename or merge it by hand";
  }
  const set = normalized === null ? `"${name.column}" = $1` : `"${name.column}" = $1, normalized_name = $4`;
  const count = await tx.$executeRawUnsafe(
    `UPDATE "${name.table}" SET ${set} WHERE id = $2::uuid AND "${name.column}" = $3`,
    cleaned,
    name.id,
    name.value,
    ...(normalized === null ? [] : [normalized]),
  );
  if (count === 0) return "it changed since it was read";
  await recordAudit(tx, {
    workspaceId: name.workspaceId,
    actorId: null,
    action: "maintenance.clean_name",
    entityType: name.table,
    entityId: name.id,
    before: { [name.column]: name.value },
    after: { [name.column]: cleaned },
  });
  return null;
}
