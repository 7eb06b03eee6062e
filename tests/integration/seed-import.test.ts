// The demo data set loads without losing anything the annotation says: reading it back gives
// the reference annotation again, field for field.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AnnotationFile } from "@/lib/annotation/annotation-file";
import { toAnnotation } from "@/lib/annotation/to-annotation";
import type { Database } from "@/server/database/open-database";
import { DEMO_MARKER, loadDemo } from "@/server/services/seed/load-demo";
import { getArticleSourcing } from "@/server/services/sourcing/get-article-sourcing";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const fixture = JSON.parse(fs.readFileSync(path.join(repoRoot, "prisma", "seed", "annotation.json"), "utf8"));

describe.each(testEngines())("demo seed on $name", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(() => database.close());

  it("loads once, marks itself loaded, and is published", async () => {
    expect(await loadDemo(database.db, repoRoot)).toMatchObject({
      loaded: true,
      slug: "macron-coalition-of-the-willing",
    });
    expect(await loadDemo(database.db, repoRoot)).toEqual({ loaded: false });
    expect(await database.db.article.count()).toBe(1);
    expect(await database.db.auditEvent.count({ where: DEMO_MARKER })).toBe(1);
    const article = await database.db.article.findFirstOrThrow({ select: { status: true, body: true } });
    expect(article.status).toBe("PUBLISHED");
    expect(article.body).toBe(
      fs.readFileSync(path.join(repoRoot, "prisma", "seed", "article.txt"), "utf8").replace(/\n+$/, ""),
    );
  });

  it("reads back as the reference annotation, claim by claim and field by field", async () => {
    const sourcing = await getArticleSourcing(database.db, { slug: "macron-coalition-of-the-willing" }, null);
    const readBack = toAnnotation(sourcing);
    const expected = AnnotationFile.parse(fixture);
    expect(readBack.url).toEqual(expected.url);
    expect(readBack.title).toEqual(expected.title);
    expect(readBack.claims).toHaveLength(15);
    expect(readBack.claims).toEqual(expected.claims);
  });

  it("keeps one source per entity, with the names and types the demo gives", async () => {
    const sources = await database.db.source.findMany({ select: { name: true, type: true } });
    expect(sources.sort((a, b) => a.name.localeCompare(b.name, "en"))).toEqual([
      { name: "Emmanuel Macron", type: "PERSON" },
      { name: "journalists from regional French newspapers", type: "EVENT" },
      { name: "Keir Starmer", type: "PERSON" },
      { name: "La Dépêche du Midi", type: "OUTLET" },
      { name: "Le Parisien", type: "OUTLET" },
      { name: "Macron's office (Élysée)", type: "OFFICIAL_STATEMENT" },
    ]);
  });

  it("anchors every claim exactly in the body, with context for re-anchoring", async () => {
    const { body } = await database.db.article.findFirstOrThrow({ select: { body: true } });
    const claims = await database.db.claim.findMany({
      select: { startOffset: true, endOffset: true, exact: true, prefix: true, suffix: true },
    });
    for (const claim of claims) {
      expect(body.slice(claim.startOffset, claim.endOffset)).toBe(claim.exact);
      expect(body.slice(0, claim.startOffset).endsWith(claim.prefix)).toBe(true);
      expect(body.slice(claim.endOffset).startsWith(claim.suffix)).toBe(true);
    }
  });

  it("links the troops claim's missing record to the office that said so", async () => {
    const claim = await database.db.claim.findFirstOrThrow({
      where: { exact: { contains: "several thousand troops" } },
      select: { primaryRecord: true, primaryRecordSource: { select: { name: true } } },
    });
    expect(claim).toEqual({
      primaryRecord: "NOT_AVAILABLE",
      primaryRecordSource: { name: "Macron's office (Élysée)" },
    });
  });
});
