// docs/annotation-format.schema.json is the JSON Schema of the annotation exchange format, made
// from the zod schema the importer uses, so the two cannot drift apart. After changing
// lib/annotation/annotation-file.ts, regenerate it: UPDATE_ANNOTATION_SCHEMA=1 npx vitest run --project unit tests/unit/annotation/annotation-schema.test.ts
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AnnotationFile } from "@/lib/annotation/annotation-file";
import { repoRoot } from "../../support/test-env";

const file = path.join(repoRoot, "docs", "annotation-format.schema.json");

function generateSchema(): string {
  const schema = z.toJSONSchema(AnnotationFile, { io: "input", unrepresentable: "any" });
  const titled = { title: "Claimtrail annotation file (docs/ANNOTATION-FORMAT.md)", ...schema };
  return `${JSON.stringify(titled, null, 2)}\n`;
}

describe("the annotation format's JSON Schema", () => {
  it("is the one generated from the importer's schema", () => {
    if (process.env.UPDATE_ANNOTATION_SCHEMA) fs.writeFileSync(file, generateSchema());
    expect(fs.readFileSync(file, "utf8")).toBe(generateSchema());
  });

  it("describes every field the format documents", () => {
    const schema = JSON.parse(fs.readFileSync(file, "utf8"));
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["url", "title", "sources", "article", "claims"]),
    );
    expect(Object.keys(schema.properties.claims.items.properties)).toEqual(
      expect.arrayContaining(["quote_or_paraphrase", "start", "end", "prefix", "suffix", "cue", "speaker", "chain"]),
    );
  });
});
