// Issue 11, tried as a new user would: one claim that is a paraphrased denial, passed on through
// an interview and an outlet that was later retracted, imported, then exported in every format.
// Every output words it as Meridian's denial, never puts the paraphrase in quotation marks, counts
// no line of sourcing through the retracted outlet, and is read back by an independent reader.
import type { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";
import { Parser } from "n3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExportRequest } from "@/lib/export/export-request";
import type { ExportFormat } from "@/lib/export/formats";
import type { Database } from "@/server/database/open-database";
import { prepareImport } from "@/server/services/articles/import-article";
import { importArticles } from "@/server/services/articles/import-articles";
import { renderExport } from "@/server/services/export/render-export";
import { setSourceStanding } from "@/server/services/sources/edit-sources";
import { readCsvWithPython } from "../support/python-csv";
import { testEngines } from "../support/test-databases";

const WORDS = "any crane had been operated unsafely";
const DENIAL = `Meridian denied that ${WORDS}.`;
const annotation = {
  url: "https://news.example.org/cranes?x=1|2",
  title: "Cranes & {safety}",
  published_at: "2026-11-20T09:00:00Z",
  sources: [
    { name: "Meridian", type: "ORGANIZATION" },
    { name: "Ann Jones", type: "PERSON" },
    { name: "Harbour Gazette", type: "OUTLET" },
    { name: "Coastal Herald", type: "OUTLET" },
  ],
  article: {
    body: `Meridian denied, in an interview with Ann Jones of the Harbour Gazette, that ${WORDS}, as reported by the Coastal Herald.`,
  },
  claims: [
    {
      quote_or_paraphrase: WORDS,
      kind: "paraphrase",
      speaker: "Meridian",
      stance: "denies",
      status: "denied",
      chain: ["Meridian", "Ann Jones", "Harbour Gazette", "Coastal Herald", "this article"],
      indirect: true,
      interviewed_by: ["Ann Jones"],
      first_hand: ["Ann Jones"],
    },
  ],
};

describe.each(testEngines())("one claim with every trap on $name", (engine) => {
  let database: Database;
  let slug: string;
  const exportText = async (format: ExportFormat) => {
    const request = ExportRequest.parse({ scope: { kind: "article", article: slug }, format });
    const { body } = await renderExport(database.db, request, null, { baseUrl: "https://claims.example.org" });
    if (typeof body === "string") return body;
    return body instanceof Uint8Array ? Buffer.from(body).toString("utf8") : text(body as Readable);
  };

  beforeAll(async () => {
    database = await engine.open();
    const report = await importArticles(
      database.db,
      [{ name: "cranes", plan: () => prepareImport({ annotation, publish: true, actorId: null }).plan }],
      { workspace: "port-desk", createWorkspace: true, publish: true, actorId: null },
    );
    expect(report.refused).toEqual([]);
    const user = await database.db.user.create({ data: { email: "ed@example.org", name: "Ed" } });
    const gazette = await database.db.source.findFirstOrThrow({ where: { name: "Harbour Gazette" } });
    await setSourceStanding(database.db, user.id, {
      sourceId: gazette.id,
      version: gazette.version,
      standing: "RETRACTED",
      note: "report withdrawn",
    });
    slug = (await database.db.article.findFirstOrThrow({ select: { slug: true } })).slug;
  });
  afterAll(() => database?.close());

  it("words it as a denial in every format, and never quotes the paraphrase", async () => {
    for (const format of ["md", "html", "csv", "claimreview", "prov-ttl", "prov-jsonld"] as const) {
      const output = await exportText(format);
      expect(output, format).toContain(DENIAL);
      // PROV's words are an RDF literal (prov:value), quoted by the syntax: no hop is a prov:Quotation.
      if (format.startsWith("prov")) expect(output, format).not.toMatch(/Quotation/);
      else expect(output, format).not.toMatch(/[“"]any crane|Meridian: [“"]/);
    }
  });

  it("counts no line of sourcing through the retracted outlet, and CSV reads back as one record", async () => {
    const [row, ...rest] = readCsvWithPython(await exportText("csv"));
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      stance: "DENIES",
      status: "DENIED",
      statement: DENIAL,
      independent_paths: "0",
      chain: "Meridian → Ann Jones → Harbour Gazette → Coastal Herald → this article",
    });
    expect(row!.summary).not.toMatch(/independently corroborated by/);
  });

  it("reviews the newsroom's verdict, not a sourcing rating, and PROV records the stance", async () => {
    const [review] = JSON.parse(await exportText("claimreview"))["@graph"];
    expect(review).toMatchObject({ "@type": "ClaimReview", claimReviewed: DENIAL });
    expect(review.reviewRating.alternateName).toBe("Denied");
    expect(JSON.stringify(review)).not.toMatch(/ratingValue|bestRating/);
    const quads = new Parser().parse(await exportText("prov-ttl"));
    const stance = quads.find((quad) => quad.predicate.value === "https://claimtrail.org/ns#stance");
    expect(stance?.object.value).toBe("DENIES");
  });

  it("cites the interview and flags the retracted outlet, read back by citation-js", async () => {
    for (const format of ["csl", "bibtex", "ris"] as const) {
      const items = new Cite(await exportText(format)).data as Array<{ title: string; note?: string }>;
      expect(items.map((item) => item.title).sort(), format).toEqual([
        "Cranes & {safety}",
        "Interview with Meridian",
        "Report by Coastal Herald",
        "Report by Harbour Gazette",
      ]);
      expect(items.find((item) => item.title === "Report by Harbour Gazette")!.note, format).toMatch(/^Retracted\./);
    }
    // The readable bibliographies print no note: the flag follows the title, as APA marks a
    // retraction (Markdown escapes the brackets).
    const markdown = await exportText("md");
    expect(markdown).toContain(
      "- Harbour Gazette. (n.d.). Report by Harbour Gazette \\[Retracted\\]. Harbour Gazette.",
    );
    expect(markdown).toContain("- Coastal Herald. (n.d.). Report by Coastal Herald. Coastal Herald.");
    expect(await exportText("html")).toContain("Report by Harbour Gazette [Retracted]. <i>Harbour Gazette</i>");
  });
});
