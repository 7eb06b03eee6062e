// Prisma's own reading of schema.prisma (the DMMF), from the same wasm module the CLI uses.
import fs from "node:fs";
import path from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import { repoRoot } from "./test-env";

export type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object";
  type: string;
  isRequired: boolean;
  isList: boolean;
  hasDefaultValue: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
};
export type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
type DmmfIndex = {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  /** "Gin", "Hash"…; absent for B-tree. */
  algorithm?: string;
  fields: Array<{ name: string }>;
};
export type Dmmf = {
  datamodel: {
    models: DmmfModel[];
    enums: Array<{ name: string; values: Array<{ name: string }> }>;
    indexes: DmmfIndex[];
  };
};

/**
 * Prisma's DMMF, with the `Unsupported("…")` fields it leaves out (a generated tsvector column,
 * say) added back from the schema's text as fields of type `Unsupported:<database type>`, so
 * the drift test sees every column the schema declares.
 */
export function readDmmf(): Dmmf {
  const prismaSchema = fs.readFileSync(path.join(repoRoot, "prisma", "schema.prisma"), "utf8");
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema }))) as Dmmf;
  for (const block of prismaSchema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const model = dmmf.datamodel.models.find((candidate) => candidate.name === block[1])!;
    for (const field of block[2]!.matchAll(/^\s*(\w+)\s+Unsupported\("([^"]+)"\)(\?)?(.*)$/gm)) {
      model.fields.push({
        name: field[1]!,
        dbName: /@map\("([^"]+)"\)/.exec(field[4]!)?.[1] ?? null,
        kind: "scalar",
        type: `Unsupported:${field[2]}`,
        isRequired: field[3] !== "?",
        isList: false,
        hasDefaultValue: /@default\(/.test(field[4]!),
      });
    }
  }
  return dmmf;
}
