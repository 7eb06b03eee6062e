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
  fields: Array<{ name: string }>;
};
export type Dmmf = {
  datamodel: {
    models: DmmfModel[];
    enums: Array<{ name: string; values: Array<{ name: string }> }>;
    indexes: DmmfIndex[];
  };
};

export function readDmmf(): Dmmf {
  const prismaSchema = fs.readFileSync(path.join(repoRoot, "prisma", "schema.prisma"), "utf8");
  return JSON.parse(get_dmmf(JSON.stringify({ prismaSchema }))) as Dmmf;
}
