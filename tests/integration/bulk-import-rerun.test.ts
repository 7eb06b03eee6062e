// Bulk import at scale (issue 14): batched transactions in a bounded number of statements, each
// article with its audit record; a re-run of the same input creates nothing and reports every
// article "unchanged"; an article changed under a known url is refused, never overwritten; names
// the workspace already has (by name or alias) are reused and reported as found.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { prepareImport } from "@/server/services/articles/import-article";
import { type ImportEntry, importArticles } from "@/server/services/articles/import-articles";
import { createQueryCounter } from "../support/count-queries";
import { testEngines } from "../support/test-databases";

/** An article of `claims` claims, each said by one of five officials and relayed by the Gazette. */
function annotation(index: number, claims = 3, url: string | null = `https://news.example.org/story-${index}`) {
  const sentences = Array.from({ length: claims }, (_, i) => `Official ${i % 5} said measure ${index}-${i} passed.`);
  return {
    url,
    title: `Story ${index}`,
    article: { body: sentences.join(" ") },
    claims: sentences.map((_, i) => ({
      quote_or_paraphrase: `measure ${index}-${i} passed`,
      kind: "paraphrase",
      speaker: `Official ${i % 5}`,
      chain: [`Official ${i % 5}`, "Daily Gazette", "this article"],
      cue: `Official ${i % 5} said`,
      indirect: true,
    })),
  };
}

function entries(annotations: unknown[]): ImportEntry[] {
  return annotations.map((file, index) => ({
    name: `line ${index + 1}`,
    plan: () => prepareImport({ annotation: file, publish: false, actorId: null }).plan,
  }));
}

describe.each(testEngines())("bulk import batches and re-runs on $name", (engine) => {
  let database: Database;
  const { counter, wrapAdapter } = createQueryCounter();
  beforeAll(async () => {
    database = await engine.open({ wrapAdapter });
  });
  afterAll(() => database?.close());

  async function counts(workspace: string) {
    const where = { workspace: { slug: workspace } };
    return {
      articles: await database.db.article.count({ where }),
      claims: await database.db.claim.count({ where: { article: where } }),
      sources: await database.db.source.count({ where }),
      hops: await database.db.hop.count({ where: { claim: { article: where } } }),
      audit: await database.db.auditEvent.count({ where: { ...where, action: "article.import" } }),
    };
  }

  it("writes 120 articles in two batches of a few statements each, every article with its audit record", async () => {
    const files = Array.from({ length: 120 }, (_, index) => annotation(index));
    counter.reset();
    const report = await importArticles(database.db, entries(files), {
      workspace: "wire",
      createWorkspace: true,
      publish: false,
      actorId: null,
    });
    // 100 articles, then 20: each batch one transaction of about a dozen statements (it was
    // about 91 statements for every article).
    expect(counter.count).toBeLessThan(40);
    expect(report.workspace).toBe("wire");
    expect(report.refused).toEqual([]);
    expect(report.articles).toHaveLength(120);
    expect(report.articles[0]).toMatchObject({ file: "line 1", claims: 3, sourcesCreated: 4, sourcesReused: 0 });
    // Sources new to the workspace are created once and found by every later article.
    expect(report.articles[1]).toMatchObject({ sourcesCreated: 0, sourcesReused: 4 });
    expect(await counts("wire")).toEqual({ articles: 120, claims: 360, sources: 4, hops: 720, audit: 120 });
    const audited = await database.db.auditEvent.findMany({
      where: { action: "article.import", workspace: { slug: "wire" } },
      select: { entityId: true },
    });
    expect(new Set(audited.map((event) => event.entityId))).toEqual(new Set(report.articles.map((a) => a.id)));
  });

  it("creates nothing when the same input is imported again, reporting each article unchanged", async () => {
    const files = Array.from({ length: 120 }, (_, index) => annotation(index));
    const before = await counts("wire");
    const report = await importArticles(database.db, entries(files), {
      workspace: "wire",
      publish: false,
      actorId: null,
    });
    expect(report.articles).toEqual([]);
    expect(report.refused).toEqual([]);
    expect(report.unchanged).toHaveLength(120);
    expect(report.unchanged[7]).toEqual({
      file: "line 8",
      id: expect.any(String),
      slug: expect.stringMatching(/^story-7-/),
    });
    expect(await counts("wire")).toEqual(before);
  });

  it("refuses an article changed under a url it imported before, and takes a title as the key without a url", async () => {
    const changed = annotation(3);
    changed.article.body = changed.article.body.replace("Official 0 said", "Official 0 told reporters");
    changed.claims[0]!.cue = "Official 0 told reporters";
    const untitledUrl = annotation(500, 2, null);
    const before = await counts("wire");
    const report = await importArticles(database.db, entries([changed, untitledUrl, untitledUrl]), {
      workspace: "wire",
      publish: false,
      actorId: null,
    });
    const original = await database.db.article.findFirstOrThrow({
      where: { url: "https://news.example.org/story-3" },
      select: { slug: true, body: true },
    });
    expect(report.refused).toEqual([
      {
        file: "line 1",
        reason: `an article with the url https://news.example.org/story-3 was already imported (${original.slug}) from different content; correct it with claimtrail revise, or give this one its own url`,
      },
    ]);
    expect(original.body).toContain("Official 0 said");
    // The second copy of the same article in one input is the first one, unchanged.
    expect(report.articles.map((a) => a.file)).toEqual(["line 2"]);
    expect(report.unchanged).toEqual([{ file: "line 3", id: report.articles[0]!.id, slug: report.articles[0]!.slug }]);
    expect(await counts("wire")).toMatchObject({ articles: before.articles + 1, audit: before.audit + 1 });
  });

  it("reuses a source the workspace knows by an alias, reporting it as found", async () => {
    const gazette = await database.db.source.findFirstOrThrow({
      where: { workspace: { slug: "wire" }, name: "Daily Gazette" },
      select: { id: true },
    });
    await database.db.sourceAlias.create({
      data: { sourceId: gazette.id, name: "The Gazette", normalizedName: "the gazette" },
    });
    const file = annotation(900, 1);
    file.claims[0]!.chain = ["Official 0", "The Gazette", "this article"];
    const report = await importArticles(database.db, entries([file]), {
      workspace: "wire",
      publish: false,
      actorId: null,
    });
    expect(report.articles[0]).toMatchObject({ sourcesCreated: 0, sourcesReused: 2 });
    const hops = await database.db.hop.findMany({
      where: { claim: { articleId: report.articles[0]!.id } },
      select: { fromSourceId: true, toSourceId: true },
    });
    expect(hops.some((hop) => hop.fromSourceId === gazette.id || hop.toSourceId === gazette.id)).toBe(true);
  });
});
