// A whole workspace's export streams article by article in every format but PDF: each stream is
// read back by an independent reader and carries exactly the claims of the per-article exports,
// numbered on across articles, with citation keys unique across the file.
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";
import jsonld from "jsonld";
import { type Quad, Parser as TurtleParser } from "n3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExportRequest } from "@/lib/export/export-request";
import type { ExportFormat } from "@/lib/export/formats";
import type { Database } from "@/server/database/open-database";
import { renderExport } from "@/server/services/export/render-export";
import { loadDemo } from "@/server/services/seed/load-demo";
import { createRelayArticle } from "../support/factories";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const links = { baseUrl: "https://claimtrail.example" };
const WORKSPACE = { kind: "workspace", workspace: "demo" } as const;

type CslLike = { id: string; "citation-key"?: string; title?: string; note?: string };

describe.each(testEngines())("streamed workspace exports on $name", (engine) => {
  let database: Database;
  let articleSlugs: string[];
  let claimIds: string[];

  const render = (format: ExportFormat, scope: unknown, onProgress?: (done: number, total: number) => void) =>
    renderExport(database.db, ExportRequest.parse({ scope, format }), null, { ...links, onProgress });
  const exportText = async (format: ExportFormat, scope: unknown) => {
    const { body } = await render(format, scope);
    return typeof body === "string" ? body : text(body as Readable);
  };
  const perArticle = (format: ExportFormat) =>
    Promise.all(articleSlugs.map((article) => exportText(format, { kind: "article", article })));

  beforeAll(async () => {
    database = await engine.open();
    await loadDemo(database.db, repoRoot);
    const workspace = await database.db.workspace.findUniqueOrThrow({ where: { slug: "demo" }, select: { id: true } });
    // Two more articles whose claims rely on the same briefings and gazettes as each other.
    await createRelayArticle(database.db, workspace.id, { title: "Wire roundup", claimCount: 12, outletsPerClaim: 2 });
    await createRelayArticle(database.db, workspace.id, {
      title: "Evening roundup",
      claimCount: 8,
      outletsPerClaim: 2,
    });
    const articles = await database.db.article.findMany({ orderBy: { id: "asc" }, select: { slug: true } });
    articleSlugs = articles.map((article) => article.slug);
    claimIds = (await database.db.claim.findMany({ select: { id: true } })).map((claim) => claim.id).sort();
  });
  afterAll(() => database.close());

  it("streams every format but PDF, reporting progress article by article", async () => {
    expect(articleSlugs).toHaveLength(3);
    for (const format of ["csl", "bibtex", "ris", "claimreview", "prov-ttl", "prov-jsonld", "md", "html"] as const) {
      const progress: number[] = [];
      const rendered = await render(format, WORKSPACE, (done) => progress.push(done));
      expect(rendered.body, format).toBeInstanceOf(Readable);
      expect(rendered.filename, format).toMatch(/^demo\./);
      await text(rendered.body as Readable);
      expect(progress, format).toHaveLength(3);
      expect(progress.at(-1), format).toBe(35);
    }
  });

  it("ClaimReview JSON-LD parses and holds every claim of the per-article exports, once", async () => {
    const streamed = await exportText("claimreview", WORKSPACE);
    const document = JSON.parse(streamed) as { "@graph": Array<{ "@id": string }> };
    // The same bytes as the document built whole and written by JSON.stringify.
    expect(streamed).toBe(`${JSON.stringify(document, null, 2)}\n`);
    const ids = document["@graph"].map((node) => node["@id"]).sort();
    const articleIds = (await perArticle("claimreview"))
      .flatMap((one) => (JSON.parse(one) as typeof document)["@graph"].map((node) => node["@id"]))
      .sort();
    expect(ids).toHaveLength(claimIds.length);
    expect(ids).toEqual(articleIds);
  });

  it("PROV Turtle parses in n3 and states exactly the triples of the per-article exports", async () => {
    const key = (quad: Quad) =>
      `${quad.subject.value} ${quad.predicate.value} ${quad.object.termType} ${JSON.stringify(quad.object.value)} ${quad.object.termType === "Literal" ? quad.object.datatype.value : ""}`;
    const streamed = new Set(new TurtleParser().parse(await exportText("prov-ttl", WORKSPACE)).map(key));
    const articles = new Set((await perArticle("prov-ttl")).flatMap((one) => new TurtleParser().parse(one).map(key)));
    expect(streamed.size).toBeGreaterThan(claimIds.length * 10);
    expect([...streamed].sort()).toEqual([...articles].sort());
    const subjects = new Set([...streamed].map((triple) => triple.split(" ")[0]));
    for (const id of claimIds) expect(subjects.has(`urn:claimtrail:claim:${id}`)).toBe(true);
  });

  it("PROV JSON-LD parses, expands and describes every claim", async () => {
    const streamed = await exportText("prov-jsonld", WORKSPACE);
    const document = JSON.parse(streamed) as { "@graph": Array<{ "@id": string }> };
    expect(streamed).toBe(`${JSON.stringify(document, null, 2)}\n`);
    const expanded = await jsonld.expand(document as unknown as jsonld.JsonLdDocument);
    const claims = new Set(
      expanded.map((node) => node["@id"] as string).filter((id) => /^urn:claimtrail:claim:[^:]+$/.test(id)),
    );
    expect([...claims].sort()).toEqual(claimIds.map((id) => `urn:claimtrail:claim:${id}`));
  });

  it("CSL-JSON, BibTeX and RIS read back in citation-js: per-article items, keys and ids unique across the file", async () => {
    for (const format of ["csl", "bibtex", "ris"] as const) {
      const items = new Cite(await exportText(format, WORKSPACE)).data as CslLike[];
      const articleItems = (await perArticle(format)).flatMap((one) => new Cite(one).data as CslLike[]);
      expect(items.length, format).toBe(articleItems.length);
      expect(new Set(items.map((item) => item.title)), format).toEqual(new Set(articleItems.map((item) => item.title)));
      const keys = items.map((item) => (format === "ris" ? item.id : (item["citation-key"] ?? item.id)));
      expect(new Set(keys).size, format).toBe(items.length);
    }
    const csl = JSON.parse(await exportText("csl", WORKSPACE)) as CslLike[];
    // Each article cites the works its own claims rely on; its note names the article and the
    // claims by their number in the whole file (numbers run on across articles: 1 to 35).
    const briefings = csl.filter((item) => item.title?.startsWith("Report by Daily Gazette 1"));
    expect(briefings.length).toBe(2);
    expect(briefings.map((item) => item.note).sort()).toEqual([
      expect.stringMatching(/^Relied on by claims \d+, .* and \d+ of “(Wire|Evening) roundup”\.$/),
      expect.stringMatching(/^Relied on by claims \d+, .* and \d+ of “(Wire|Evening) roundup”\.$/),
    ]);
    const numbers = briefings.flatMap((item) => item.note!.match(/\d+/g)!.map(Number));
    expect(Math.max(...numbers)).toBeGreaterThan(15);
  });

  it("Markdown and HTML write one section per article, numbering claims on across sections", async () => {
    const markdown = await exportText("md", WORKSPACE);
    expect(markdown.match(/^### Claim (\d+)$/gm)).toEqual(
      Array.from({ length: claimIds.length }, (_, i) => `### Claim ${i + 1}`),
    );
    expect(markdown.match(/^### Sources$/gm)).toHaveLength(3);
    expect(markdown).toContain(`· ${claimIds.length} claims ·`);
    const html = await exportText("html", WORKSPACE);
    expect(html.match(/<section class="article">/g)).toHaveLength(3);
    expect(html.match(/<li class="claim"/g)).toHaveLength(claimIds.length);
    expect(html).toContain(`<h3>Claim ${claimIds.length}</h3>`);
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
    for (const id of claimIds) expect(html).toContain(`id="claim-${id}"`);
  });
});
