// Multi-row INSERT with one array parameter per column (INSERT … SELECT FROM unnest(…)): a
// batch of any size is one statement with a handful of parameters, about ten times faster than
// Prisma's createMany, which binds every value separately. Table and column names come from the
// calling code, never from input.
import { Prisma } from "./prisma";

type Executor = Pick<Prisma.TransactionClient, "$executeRaw">;

/** A column's PostgreSQL type, as unnest needs it: "uuid", "text", "integer", "\"HopRelation\""… */
export type ColumnTypes<Row> = { [K in keyof Row]: string };

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * The INSERT of `rows` into `table`, not run: for bulkInsert, or for a write that sends several
 * inserts as one statement (data-modifying `WITH`). Zero rows insert nothing.
 */
export function bulkInsertStatement<Row extends Record<string, unknown>>(
  table: string,
  columns: ColumnTypes<Row>,
  rows: readonly Row[],
): Prisma.Sql {
  const names = Object.keys(columns) as Array<keyof Row & string>;
  for (const name of [table, ...names]) {
    if (!IDENTIFIER.test(name)) throw new Error(`bulkInsert: ${name} is not a plain identifier`);
  }
  const arrays = names.map((name) => rows.map((row) => row[name] ?? null));
  // Enums travel as text[]: PGlite's driver serializes arrays of types it knows only.
  const casts = names.map((name) => {
    const type = columns[name];
    return type.startsWith('"') ? `::text[]::${type}[]` : `::${type}[]`;
  });
  const head = `INSERT INTO "${table}" (${names.map((name) => `"${name}"`).join(", ")}) SELECT * FROM unnest(`;
  const strings = [head, ...casts.slice(0, -1).map((cast) => `${cast}, `), `${casts.at(-1)})`];
  return new Prisma.Sql(strings, arrays);
}

/** Inserts `rows` in one statement; returns how many. */
export async function bulkInsert<Row extends Record<string, unknown>>(
  db: Executor,
  table: string,
  columns: ColumnTypes<Row>,
  rows: readonly Row[],
): Promise<number> {
  if (rows.length === 0) return 0;
  return db.$executeRaw(bulkInsertStatement(table, columns, rows));
}

/**
 * Runs several INSERTs (bulkInsertStatement's, or hand-written ones without RETURNING) as one
 * statement: a data-modifying `WITH` runs each exactly once, and the foreign keys are checked at
 * the end of the statement, so a row may refer to one inserted beside it.
 */
export async function insertTogether(db: Executor, inserts: readonly Prisma.Sql[]): Promise<void> {
  if (inserts.length === 0) return;
  if (inserts.length === 1) {
    await db.$executeRaw(inserts[0]!);
    return;
  }
  const parts = inserts.map((insert, index) => Prisma.sql`${Prisma.raw(`write_${index}`)} AS (${insert})`);
  await db.$executeRaw`WITH ${Prisma.join(parts, ", ")} SELECT 1`;
}
