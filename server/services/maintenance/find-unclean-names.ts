// Names and titles stored before today's name rule (lib/input/name-text.ts, issue 13) that it
// would now normalise or refuse: control characters ("Evil\r\nBcc: …"), invisible characters
// ("Le\u200BMonde"), fullwidth forms, bidi overrides ("Jane\u202ERoe") and words mixing scripts
// ("Mаcron"). Each row is read in pages by key, outside any transaction, and checked with the
// rule's own functions; nothing is written here.
import { cleanNameText, findLookAlike } from "@/lib/input/name-text";
import type { Db } from "@/server/database/open-database";
import { STORED_NAME_FIELDS, type StoredNameField } from "./stored-name-fields";

const PAGE = 500;

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL_RUN = / *[\u0000-\u001F\u007F-\u009F]+ */gu;

export type UncleanName = {
  table: string;
  column: string;
  /** The row's key: its id, or its key columns' values joined with "/". */
  id: string;
  workspaceId: string | null;
  value: string;
  /** The text the rule would store: null when nothing would be left (rename it by hand). */
  cleaned: string | null;
  /** Why the rule refuses even the cleaned text (a bidi control, mixed scripts), or null. */
  refused: string | null;
};

/**
 * One stored name cleaned: each run of control characters (with the spaces around it) becomes one
 * space, then the rule's normalisation (NFKC, invisible characters dropped), then trimmed; null
 * when nothing is left. What the rule refuses (bidi controls, mixed scripts) is not touched here.
 */
export function cleanName(value: string): string | null {
  const cleaned = cleanNameText(value.replace(CONTROL_RUN, " ")).trim();
  return cleaned.length > 0 ? cleaned : null;
}

/** Whether today's rule would store `value` otherwise or refuse it. */
function breaksNameRule(value: string): boolean {
  const normalized = cleanNameText(value);
  return normalized !== value || findLookAlike(normalized) !== null;
}

async function findInField(db: Db, field: StoredNameField): Promise<UncleanName[]> {
  const found: UncleanName[] = [];
  const keys = field.keys.map((key) => `"${key}"`).join(", ");
  const selectKeys = field.keys.map((key, index) => `"${key}"::text AS k${index}`).join(", ");
  let after: string[] | null = null;
  for (;;) {
    const cursor = after ? `AND (${keys}) > (${field.keys.map((_, index) => `$${index + 1}::uuid`).join(", ")})` : "";
    const rows: Record<string, string | null>[] = await db.$queryRawUnsafe(
      `SELECT ${selectKeys}, ${field.workspace} AS workspace_id, "${field.column}" AS value FROM "${field.table}"
       WHERE "${field.column}" IS NOT NULL ${cursor} ORDER BY ${keys} LIMIT ${PAGE}`,
      ...(after ?? []),
    );
    for (const row of rows) {
      const value = row.value!;
      if (!breaksNameRule(value)) continue;
      const cleaned = cleanName(value);
      found.push({
        table: field.table,
        column: field.column,
        id: field.keys.map((_, index) => row[`k${index}`]).join("/"),
        workspaceId: row.workspace_id ?? null,
        value,
        cleaned,
        refused: cleaned === null ? null : findLookAlike(cleaned),
      });
    }
    if (rows.length < PAGE) return found;
    const last = rows[rows.length - 1]!;
    after = field.keys.map((_, index) => last[`k${index}`]!);
  }
}

/** Every stored name or title today's rule would normalise or refuse, field by field, by key. */
export async function findUncleanNames(db: Db): Promise<UncleanName[]> {
  const found: UncleanName[] = [];
  for (const field of STORED_NAME_FIELDS) found.push(...(await findInField(db, field)));
  return found;
}
