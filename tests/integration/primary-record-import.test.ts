// Issue 11: an import never states a primary record the editor did not record. A step whose
// name reads as a record ("an internal report") is not one; words that do not say whether a
// record exists are stored as unknown and asked about in the report; and the annotation export
// brings an editor's primary record back exactly as recorded (state and note), on both engines.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/server/database/open-database";
import { prepareImport } from "@/server/services/articles/import-article";
import { importArticles } from "@/server/services/articles/import-articles";
import { streamAnnotations } from "@/server/services/export/stream-annotations";
import { getArticleSourcing } from "@/server/services/sourcing/get-article-sourcing";
import { testEngines } from "../support/test-databases";

const body =
  "An internal report says the plant will close. Staff said the line would stop in May. The mayor said jobs would move.";
const claim = (quote: string, extra: Record<string, unknown>) => ({
  quote_or_paraphrase: quote,
  kind: "paraphrase",
  speaker: null,
  chain: ["this article"],
  indirect: false,
  ...extra,
});
const annotation = {
  title: "Plant to close",
  url: "https://news.example.org/plant",
  article: { body },
  claims: [
    claim("the plant will close", { speaker: "an internal report", chain: ["an internal report", "this article"] }),
    claim("the line would stop in May", {
      speaker: "Staff",
      chain: ["Staff", "this article"],
      primary_evidence: "recording of the call has not been released",
    }),
    claim("jobs would move", { speaker: "The mayor", chain: ["The mayor", "this article"] }),
  ],
};

async function importInto(db: Db, workspace: string, entries: Array<{ name: string; annotation: unknown }>) {
  return importArticles(
    db,
    entries.map(({ name, annotation }) => ({
      name,
      plan: () => prepareImport({ annotation, publish: true, actorId: null }).plan,
    })),
    { workspace, createWorkspace: true, publish: true, actorId: null },
  );
}

async function primaryRecords(db: Db, workspace: string) {
  const article = await db.article.findFirstOrThrow({ where: { workspace: { slug: workspace } } });
  const sourcing = await getArticleSourcing(db, { id: article.id }, null);
  return sourcing.claims.map((claim) => ({
    quote: claim.quote,
    stored: claim.primaryRecord,
    note: claim.primaryRecordNote,
    shown: claim.provenance.primaryRecord,
  }));
}

describe.each(testEngines())("primary records through import and export on $name", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(() => database?.close());

  it("states no primary record from a name, and asks about words that do not say", async () => {
    const report = await importInto(database.db, "plant", [{ name: "plant.json", annotation }]);
    expect(report.refused).toEqual([]);
    expect(report.warnings).toEqual([
      {
        file: "plant.json",
        message:
          'claim 2: primary_evidence "recording of the call has not been released" does not say whether a primary record is available; recorded as unknown. Say "available (…)" or "not available (…)", or set primary_record',
      },
      {
        file: "plant.json",
        message:
          'source "an internal report": no type given, stored as unknown (type not recorded); its name reads like a document. If it is one, give it in sources[]: { "name": "an internal report", "type": "DOCUMENT" }',
      },
    ]);
    const source = await database.db.source.findFirstOrThrow({
      where: { workspace: { slug: "plant" }, name: "an internal report" },
    });
    // Nor a type from a name: the file gives none (guessed-source-type-import.test.ts).
    expect(source.type).toBe("UNKNOWN");
    expect(await primaryRecords(database.db, "plant")).toEqual([
      { quote: "the plant will close", stored: "UNKNOWN", note: null, shown: "unknown" },
      {
        quote: "the line would stop in May",
        stored: "UNKNOWN",
        note: "recording of the call has not been released",
        shown: "unknown",
      },
      { quote: "jobs would move", stored: "UNKNOWN", note: null, shown: "unknown" },
    ]);
  });

  it("brings an editor's primary record back from the annotation export exactly as recorded", async () => {
    const [, line, mayor] = await database.db.claim.findMany({
      where: { article: { workspace: { slug: "plant" } } },
      orderBy: { startOffset: "asc" },
    });
    // What an editor records: a record that does not exist, with a note in their own words; and
    // one that exists, described without the word "available".
    await database.db.claim.update({
      where: { id: line!.id },
      data: { primaryRecord: "NOT_AVAILABLE", primaryRecordNote: "Macron's office said no recording exists" },
    });
    await database.db.claim.update({
      where: { id: mayor!.id },
      data: { primaryRecord: "AVAILABLE", primaryRecordNote: "the council's minutes" },
    });
    const lines: string[] = [];
    for await (const exported of streamAnnotations(database.db, { kind: "workspace", workspace: "plant" }, null))
      lines.push(exported);
    const report = await importInto(database.db, "plant-copy", [
      { name: "plant.jsonl:1", annotation: JSON.parse(lines[0]!) },
    ]);
    expect(report.refused).toEqual([]);
    expect(report.warnings).toEqual([]);
    const copy = await primaryRecords(database.db, "plant-copy");
    expect(copy).toEqual(await primaryRecords(database.db, "plant"));
    expect(copy.slice(1)).toEqual([
      {
        quote: "the line would stop in May",
        stored: "NOT_AVAILABLE",
        note: "Macron's office said no recording exists",
        shown: "not_available",
      },
      { quote: "jobs would move", stored: "AVAILABLE", note: "the council's minutes", shown: "available" },
    ]);
  });
});
