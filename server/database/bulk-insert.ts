// Multi-row INSERT with one array parameter per column (INSERT … SELECT FROM unnest(…)): a
// batch of any size is one statement with a handful of parameters, about ten times faster than
// Prisma's createMany, which binds every value separately. Table and column names come from the
// calling code, never from input.
import type { Prisma } from "./prisma";

type Executor = Pick<Prisma.TransactionClient, "$executeRawUnsafe">;

/** A column's PostgreSQL type, as unnest needs it: "uuid", "text", "integer", "\"HopRelation\""… */
export type ColumnTypes<Row> = { [K in keyof Row]: string };

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export async function bulkInsert<Row extends Record<string, unknown>>(
  db: Executor,
  table: string,
  columns: ColumnTypes<Row>,
  rows: readonly Row[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const names = Object.keys(columns) as Array<keyof Row & string>;
  for (const name of [table, ...names]) {
    if (!IDENTIFIER.test(name)) throw new Error(`bulkInsert: ${name} is not a plain identifier`);
  }
  const arrays = names.map((name) => rows.map((row) => row[name] ?? null));
  // Enums travel as text[]: PGlite's driver serializes arrays of types it knows only.
  const unnest = names
    .map((name, index) => {
      const type = columns[name];
      return type.startsWith('"') ? `$${index + 1}::text[]::${type}[]` : `$${index + 1}::${type}[]`;
    })
    .join(", ");
  return db.$executeRawUnsafe(
    `INSERT INTO "${table}" (${names.map((name) => `"${name}"`).join(", ")}) SELECT * FROM unnest(${unnest})`,
    ...arrays,
  );
}
