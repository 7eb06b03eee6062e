// Issue 11: an import (the path the CLI and the HTTP import share) never records a source type
// read from a name. A chain marked first-hand throughout, through "an internal report", is not
// direct unless the file says the report is a document; the report asks, and an editor who sets
// the type afterwards gets what the type supports.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/server/database/open-database";
import { prepareImport } from "@/server/services/articles/import-article";
import { importArticles } from "@/server/services/articles/import-articles";
import { getArticleSourcing } from "@/server/services/sourcing/get-article-sourcing";
import { testEngines } from "../support/test-databases";

const body = "Paul Okafor said the crane had failed its last inspection, according to an internal report.";
const annotation = (sources: unknown[]) => ({
  title: "Crane failed inspection",
  article: { body },
  sources,
  claims: [
    {
      quote_or_paraphrase: "the crane had failed its last inspection",
      kind: "paraphrase",
      speaker: "Paul Okafor",
      chain: ["Paul Okafor", "an internal report", "this article"],
      first_hand: ["an internal report"],
      indirect: false,
    },
  ],
});

async function importInto(db: Db, workspace: string, file: unknown) {
  return importArticles(
    db,
    [{ name: "crane.json", plan: () => prepareImport({ annotation: file, publish: true, actorId: null }).plan }],
    { workspace, createWorkspace: true, publish: true, actorId: null },
  );
}

async function readClaim(db: Db, workspace: string) {
  const article = await db.article.findFirstOrThrow({ where: { workspace: { slug: workspace } } });
  const sourcing = await getArticleSourcing(db, { id: article.id }, null);
  const claim = sourcing.claims[0]!;
  return {
    types: claim.hops.map((hop) => [hop.from.name, hop.from.type]),
    relations: claim.hops.map((hop) => [hop.relation, hop.firstHand]),
    directness: claim.provenance.directness,
    summary: claim.provenance.summary,
  };
}

describe.each(testEngines())("source types an import records, on $name", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(() => database?.close());

  it('stores "an internal report" untyped, keeps the claim indirect, and asks', async () => {
    const report = await importInto(database.db, "guessed", annotation([]));
    expect(report.refused).toEqual([]);
    expect(report.warnings).toEqual([
      {
        file: "crane.json",
        message:
          'source "an internal report": no type given, stored as unknown (type not recorded); its name reads like a document. If it is one, give it in sources[]: { "name": "an internal report", "type": "DOCUMENT" }',
      },
    ]);
    const claim = await readClaim(database.db, "guessed");
    expect(claim.types).toEqual([
      ["Paul Okafor", "UNKNOWN"],
      ["an internal report", "UNKNOWN"],
    ]);
    expect(claim.relations).toEqual([
      ["SAID_TO", true],
      ["PARAPHRASED_BY", true],
    ]);
    expect(claim.directness).toBe("indirect");
    expect(claim.summary).not.toMatch(/^Direct/);
  });

  it("makes the same chain direct when the file types the report a document", async () => {
    const report = await importInto(
      database.db,
      "typed",
      annotation([{ name: "an internal report", type: "DOCUMENT" }]),
    );
    expect(report.warnings).toEqual([]);
    const claim = await readClaim(database.db, "typed");
    expect(claim.types).toEqual([
      ["Paul Okafor", "UNKNOWN"],
      ["an internal report", "DOCUMENT"],
    ]);
    expect(claim.directness).toBe("direct");
  });
});
