// The migrations are hand-written SQL (docs/PRISMA.md); this proves the database they build is
// the one schema.prisma describes, so the generated client and the tables never disagree.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { type DmmfField, type DmmfModel, readDmmf } from "../support/read-dmmf";
import { testEngines } from "../support/test-databases";

type Column = {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  is_nullable: string;
  column_default: string | null;
  datetime_precision: number | null;
};

const dmmf = readDmmf();
const models = dmmf.datamodel.models;
const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
const columnOf = (field: DmmfField) => field.dbName ?? field.name;
const storedFields = (model: DmmfModel) => model.fields.filter((field) => field.kind !== "object");

function expectedType(field: DmmfField): string {
  if (field.kind === "enum") return `enum:${field.type}`;
  if (field.type.startsWith("Unsupported:")) return field.type.slice("Unsupported:".length);
  const native = field.nativeType?.[0];
  if (native === "Uuid") return "uuid";
  if (native === "Timestamptz") return `timestamptz(${field.nativeType?.[1][0] ?? 6})`;
  const defaults: Record<string, string> = {
    String: "text",
    Int: "integer",
    BigInt: "bigint",
    Float: "double precision",
    Boolean: "boolean",
    DateTime: "timestamp(3)",
    Json: "jsonb",
    Decimal: "numeric",
    Bytes: "bytea",
  };
  return defaults[field.type] ?? `unknown:${field.type}`;
}

function actualType(column: Column): string {
  if (column.data_type === "USER-DEFINED") return `enum:${column.udt_name}`;
  if (column.data_type === "timestamp with time zone") return `timestamptz(${column.datetime_precision})`;
  if (column.data_type === "timestamp without time zone") return `timestamp(${column.datetime_precision})`;
  return column.data_type;
}

describe.each(testEngines())("migrated schema on $name matches schema.prisma", (engine) => {
  let database: Database;
  let columns: Column[];
  beforeAll(async () => {
    database = await engine.open();
    columns = await database.db.$queryRawUnsafe<Column[]>(
      `SELECT table_name::text, column_name::text, data_type::text, udt_name::text, is_nullable::text, column_default::text, datetime_precision::int
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
  });
  afterAll(() => database.close());

  it("has exactly the tables and columns of the models", () => {
    const expected = models
      .flatMap((model) => storedFields(model).map((field) => `${tableOf(model)}.${columnOf(field)}`))
      .sort();
    const actual = columns.map((column) => `${column.table_name}.${column.column_name}`).sort();
    expect(actual).toEqual(expected);
  });

  it("gives every column the type, nullability and default of its field", () => {
    const byName = new Map(columns.map((column) => [`${column.table_name}.${column.column_name}`, column]));
    const mismatches: string[] = [];
    for (const model of models) {
      for (const field of storedFields(model)) {
        const column = byName.get(`${tableOf(model)}.${columnOf(field)}`)!;
        const where = `${model.name}.${field.name}`;
        if (actualType(column) !== expectedType(field))
          mismatches.push(`${where}: type ${actualType(column)}, schema says ${expectedType(field)}`);
        if ((column.is_nullable === "NO") !== field.isRequired)
          mismatches.push(`${where}: nullable=${column.is_nullable}, required=${field.isRequired}`);
        if ((column.column_default !== null) !== field.hasDefaultValue)
          mismatches.push(`${where}: default ${column.column_default}, schema default=${field.hasDefaultValue}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("has the enums of the schema with the same values in the same order", async () => {
    const rows = await database.db.$queryRawUnsafe<Array<{ typname: string; labels: string[] }>>(
      `SELECT t.typname::text AS typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    );
    const actual = Object.fromEntries(rows.map((row) => [row.typname, row.labels]));
    const expected = Object.fromEntries(dmmf.datamodel.enums.map((e) => [e.name, e.values.map((v) => v.name)]));
    expect(actual).toEqual(expected);
  });

  it("has the primary keys, unique constraints and indexes of the schema, named as Prisma names them", async () => {
    const rows = await database.db.$queryRawUnsafe<
      Array<{ table: string; name: string; unique: boolean; primary: boolean; method: string; columns: string[] }>
    >(
      `SELECT t.relname::text AS table, i.relname::text AS name, ix.indisunique AS unique, ix.indisprimary AS primary,
              am.amname::text AS method, array_agg(a.attname::text ORDER BY k.ord) AS columns
       FROM pg_index ix
       JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_am am ON am.oid = i.relam
       JOIN pg_namespace n ON n.oid = t.relnamespace
       CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
       WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'
       GROUP BY t.relname, i.relname, ix.indisunique, ix.indisprimary, am.amname`,
    );
    const actual = rows
      .map(
        (row) =>
          `${row.name} ${row.primary ? "primary" : row.unique ? "unique" : "index"} ${row.method} (${row.columns.join(",")})`,
      )
      .sort();
    const expected = dmmf.datamodel.indexes
      .map((index) => {
        const model = models.find((m) => m.name === index.model)!;
        const cols = index.fields.map((f) => columnOf(model.fields.find((field) => field.name === f.name)!));
        const suffix =
          index.type === "id" ? "pkey" : index.type === "unique" ? `${cols.join("_")}_key` : `${cols.join("_")}_idx`;
        const name = index.dbName ?? `${tableOf(model)}_${suffix}`;
        const method = (index.algorithm ?? "BTree").toLowerCase();
        return `${name} ${index.type === "id" ? "primary" : index.type === "unique" ? "unique" : "index"} ${method} (${cols.join(",")})`;
      })
      .sort();
    expect(actual).toEqual(expected);
  });

  it("has the foreign keys of the relations with their delete rules", async () => {
    const rows = await database.db.$queryRawUnsafe<
      Array<{ table: string; columns: string[]; target: string; on_delete: string }>
    >(
      `SELECT c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS target,
              array_agg(a.attname::text ORDER BY k.ord) AS columns,
              CASE c.confdeltype WHEN 'c' THEN 'Cascade' WHEN 'n' THEN 'SetNull' WHEN 'r' THEN 'Restrict' WHEN 'a' THEN 'NoAction' WHEN 'd' THEN 'SetDefault' END AS on_delete
       FROM pg_constraint c CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
       WHERE c.contype = 'f' GROUP BY c.conname, c.conrelid, c.confrelid, c.confdeltype`,
    );
    const strip = (name: string) => name.replace(/"/g, "");
    const actual = rows
      .map((row) => `${strip(row.table)}(${row.columns.join(",")}) -> ${strip(row.target)} ${row.on_delete}`)
      .sort();
    const expected = models
      .flatMap((model) =>
        model.fields
          .filter((field) => field.kind === "object" && field.relationFromFields?.length)
          .map((field) => {
            const target = models.find((m) => m.name === field.type)!;
            const cols = field.relationFromFields!.map((name) => columnOf(model.fields.find((f) => f.name === name)!));
            const onDelete = field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull");
            return `${tableOf(model)}(${cols.join(",")}) -> ${tableOf(target)} ${onDelete}`;
          }),
      )
      .sort();
    expect(actual).toEqual(expected);
  });
});
