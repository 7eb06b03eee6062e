// `claimtrail clean-names --apply`: writes what today's name rule would store for each name found
// by findUncleanNames, each row in one transaction with its audit record ("maintenance.clean_name",
// before and after). Left for a person, untouched: a name the rule refuses even once cleaned (a
// bidi override, a word mixing scripts: no script is guessed), one that would be empty (no name is
// invented), one whose key would then match another source, alias or term (none is merged), and a
// row changed since it was read.
import type { Db } from "@/server/database/open-database";
import type { Prisma } from "@/server/database/prisma";
import { recordAudit } from "../audit/record-audit";
import type { UncleanName } from "./find-unclean-names";
import { STORED_NAME_FIELDS, type StoredNameField } from "./stored-name-fields";

type CleanOutcome = { name: UncleanName; outcome: "cleaned" | "left"; why?: string };

/** Each of `names` cleaned or left (with why), in order; see the module header. */
export async function cleanStoredNames(db: Db, names: readonly UncleanName[]): Promise<CleanOutcome[]> {
  const outcomes: CleanOutcome[] = [];
  for (const name of names) {
    const why = await whyLeft(db, name);
    outcomes.push(why ? { name, outcome: "left", why } : { name, outcome: "cleaned" });
  }
  return outcomes;
}

async function whyLeft(db: Db, name: UncleanName): Promise<string | null> {
  if (name.refused) return `today's name rule refuses it: it ${name.refused}; rename it by hand`;
  const cleaned = name.cleaned;
  if (cleaned === null) return "nothing would be left of it: rename it by hand";
  const field = STORED_NAME_FIELDS.find((entry) => entry.table === name.table && entry.column === name.column);
  if (!field) throw new Error(`clean-names does not cover ${name.table}.${name.column}`);
  return db.$transaction((tx) => cleanOne(tx, field, name, cleaned));
}

/** Null once cleaned, else why the row was left. */
async function cleanOne(tx: Prisma.TransactionClient, field: StoredNameField, name: UncleanName, cleaned: string) {
  const ids = name.id.split("/");
  const key = field.unique ? field.unique.of(cleaned) : null;
  if (field.unique && key !== null) {
    const [taken] = await tx.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${field.table}" o WHERE ${field.unique.siblings} AND o."${field.unique.column}" = $2 AND o.id <> $1::uuid`,
      ids[0],
      key,
    );
    if (!key || (taken?.n ?? 0) > 0) return "it would then match another name: rename or merge it by hand";
  }
  const values: string[] = [cleaned, name.value, ...ids];
  const match = field.keys.map((column, index) => `"${column}" = $${index + 3}::uuid`).join(" AND ");
  const setKey = field.unique && key !== null ? `, "${field.unique.column}" = $${values.push(key)}` : "";
  const count = await tx.$executeRawUnsafe(
    `UPDATE "${field.table}" SET "${field.column}" = $1${setKey} WHERE ${match} AND "${field.column}" = $2`,
    ...values,
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
