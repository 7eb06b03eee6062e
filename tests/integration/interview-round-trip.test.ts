// An interview recorded in an annotation (`interviewed_by`) is stored as an "interviewed by"
// hop, written back by `claimtrail export --format annotations`, and imported again as the same
// hop, with its hand and confidence unchanged (issue 11).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importMany } from "@/server/cli/bulk-import";
import type { Database, Db } from "@/server/database/open-database";
import { prepareImport } from "@/server/services/articles/import-article";
import { importArticles } from "@/server/services/articles/import-articles";
import { streamAnnotations } from "@/server/services/export/stream-annotations";
import { testEngines } from "../support/test-databases";

const annotation = {
  url: "https://news.example.org/cranes",
  title: "Cranes checked weekly, port says",
  sources: [
    { name: "Paul Okafor", type: "PERSON" },
    { name: "Ann Jones", type: "PERSON" },
    { name: "Harbour Gazette", type: "OUTLET" },
  ],
  article: {
    body: "Paul Okafor told Ann Jones of the Harbour Gazette in an interview that cranes were checked weekly.",
  },
  claims: [
    {
      quote_or_paraphrase: "cranes were checked weekly",
      kind: "paraphrase",
      speaker: "Paul Okafor",
      chain: ["Paul Okafor", "Ann Jones", "Harbour Gazette", "this article"],
      indirect: true,
      interviewed_by: ["Ann Jones"],
      first_hand: ["Ann Jones"],
    },
  ],
};
const files = fs.mkdtempSync(path.join(os.tmpdir(), "claimtrail-interview-"));
afterAll(() => fs.rmSync(files, { recursive: true, force: true }));

async function hopsOf(db: Db, workspace: string) {
  return db.hop.findMany({
    where: { claim: { article: { workspace: { slug: workspace } } } },
    orderBy: { position: "asc" },
    select: {
      relation: true,
      firstHand: true,
      confidence: true,
      from: { select: { name: true } },
      to: { select: { name: true } },
    },
  });
}

describe.each(testEngines())("interview hops through the annotation format on $name", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
    const report = await importArticles(
      database.db,
      [{ name: "interview", plan: () => prepareImport({ annotation, publish: true, actorId: null }).plan }],
      { workspace: "origin", createWorkspace: true, publish: true, actorId: null },
    );
    expect(report.refused).toEqual([]);
  });
  afterAll(() => database?.close());

  it("stores the interview as an interviewed-by hop, first-hand only as the file says", async () => {
    expect(await hopsOf(database.db, "origin")).toEqual([
      {
        relation: "INTERVIEWED_BY",
        firstHand: true,
        confidence: 0.9,
        from: { name: "Paul Okafor" },
        to: { name: "Ann Jones" },
      },
      {
        relation: "REPORTED_BY",
        firstHand: false,
        confidence: 0.5,
        from: { name: "Ann Jones" },
        to: { name: "Harbour Gazette" },
      },
      { relation: "PARAPHRASED_BY", firstHand: false, confidence: 0.75, from: { name: "Harbour Gazette" }, to: null },
    ]);
  });

  it("writes interviewed_by back and imports it again as the same hops", async () => {
    const lines: string[] = [];
    for await (const line of streamAnnotations(database.db, { kind: "workspace", workspace: "origin" }, null))
      lines.push(line);
    const exported = JSON.parse(lines[0]!);
    expect(exported.claims[0].interviewed_by).toEqual(["Ann Jones"]);
    expect(exported.claims[0].first_hand).toEqual(["Ann Jones"]);
    const file = path.join(files, `origin-${engine.name}.jsonl`);
    fs.writeFileSync(file, lines.join(""));
    const report = await importMany(database.db, file, {
      workspace: "copy",
      createWorkspace: true,
      publish: true,
      actorId: null,
    });
    expect(report.refused).toEqual([]);
    expect(await hopsOf(database.db, "copy")).toEqual(await hopsOf(database.db, "origin"));
  });
});
