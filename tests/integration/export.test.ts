// Exports from a real database: every format of the seed article is read back by an
// independent parser, selections and whole workspaces export, bad requests are refused clearly,
// exports built in memory stop at their limit (a workspace streams), and PDF printing is shared fairly.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";
import { parse as parseCsv } from "csv-parse/sync";
import jsonld from "jsonld";
import { Parser as TurtleParser } from "n3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSchemaOrgContext } from "@/lib/export/contexts/schema-org-context";
import { ExportRequest } from "@/lib/export/export-request";
import type { ExportFormat } from "@/lib/export/formats";
import type { Database } from "@/server/database/open-database";
import { MAX_PDF_CLAIMS, MAX_REPORT_CLAIMS } from "@/server/services/export/export-limits";
import { renderExport } from "@/server/services/export/render-export";
import { loadDemo } from "@/server/services/seed/load-demo";
import { createRelayArticle } from "../support/factories";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const SLUG = "macron-coalition-of-the-willing";
const links = { baseUrl: "https://claimtrail.example" };
const documentLoader = loadSchemaOrgContext as unknown as NonNullable<jsonld.Options.Expand["documentLoader"]>;
const canPrint = fs.existsSync("/usr/bin/chromium") && commandExists("pdftotext");
if (!canPrint)
  console.warn("\n*** PDF export test SKIPPED: needs /usr/bin/chromium and pdftotext (poppler-utils) ***\n");

function commandExists(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`]);
    return true;
  } catch {
    return false;
  }
}

async function bodyText(body: string | Uint8Array | Readable): Promise<string> {
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return Buffer.from(body).toString("utf8");
  return text(body);
}

describe.each(testEngines())("exports on $name", (engine) => {
  let database: Database;
  const exportText = async (format: ExportFormat, scope: unknown = { kind: "article", article: SLUG }, bom = false) =>
    bodyText((await renderExport(database.db, ExportRequest.parse({ scope, format, bom }), null, links)).body);

  beforeAll(async () => {
    database = await engine.open();
    await loadDemo(database.db, repoRoot);
  });
  afterAll(() => database.close());

  it("CSL-JSON, BibTeX and RIS read back in citation-js with the accented outlet names intact", async () => {
    for (const format of ["csl", "bibtex", "ris"] as const) {
      const exported = await exportText(format);
      const items = new Cite(exported).data as Array<{ title?: string; URL?: string; author?: object[] }>;
      // Issue 11, example 5: the outlets' reports (only their home pages were recorded: no address
      // is given as the report's), and Macron's remarks to the regional journalists, no record known.
      const titles = items.map((item) => item.title);
      expect(titles, format).toEqual(
        expect.arrayContaining([
          "Report by La Dépêche du Midi",
          "Report by Le Parisien",
          "Remarks to journalists from regional French newspapers",
        ]),
      );
      expect(titles, format).not.toContain("La Dépêche du Midi");
      const reports = items.filter((item) => item.title?.startsWith("Report by"));
      expect(
        reports.map((item) => item.URL ?? null),
        format,
      ).toEqual([null, null]);
      const remark = items.find((item) => item.title?.startsWith("Remarks to"))!;
      expect(remark.author, format).toEqual([{ family: "Macron", given: "Emmanuel" }]);
      expect((remark as { note?: string }).note, format).toMatch(
        /^No record of it is known\. Relied on by claims 1, 2, /,
      );
    }
  });

  it("CSV has one row per claim with its derived fields, formula-safe, with an optional BOM", async () => {
    const csv = await exportText("csv");
    const rows = parseCsv(csv, { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(15);
    const troops = rows.find((row) => row.quote!.includes("several thousand troops"))!;
    expect(troops).toMatchObject({
      speaker: "Emmanuel Macron",
      directness: "indirect",
      hops_to_origin: "3",
      independent_paths: "1",
      primary_record: "not_available",
    });
    expect((await exportText("csv", undefined, true)).startsWith("\uFEFF")).toBe(true);
  });

  it("ClaimReview and PROV JSON-LD expand, and the PROV Turtle names both outlets in the troops claim's derivation", async () => {
    const claimReview = await jsonld.expand(JSON.parse(await exportText("claimreview")), { documentLoader });
    expect(JSON.stringify(claimReview)).toContain("http://schema.org/ClaimReview");
    const prov = await jsonld.expand(JSON.parse(await exportText("prov-jsonld")), { documentLoader });
    expect(JSON.stringify(prov)).toContain("http://www.w3.org/ns/prov#");

    const quads = new TurtleParser().parse(await exportText("prov-ttl"));
    const literals = quads.map((quad) => quad.object.value);
    expect(literals).toEqual(expect.arrayContaining(["La Dépêche du Midi", "Le Parisien", "Emmanuel Macron"]));
    expect(quads.some((quad) => quad.predicate.value === "http://www.w3.org/ns/prov#wasAttributedTo")).toBe(true);
  });

  it("the readable reports list all 15 claims and at least 5 distinct sources", async () => {
    for (const format of ["md", "html"] as const) {
      const report = await exportText(format);
      const sourcing = await database.db.claim.findMany({ select: { exact: true } });
      const escaped = (quote: string) =>
        format === "html" ? quote.replace(/&/g, "&amp;").replace(/</g, "&lt;") : quote;
      // Reported speech continues its sentence ("said that these troops…"), so an opener may lose its capital.
      for (const claim of sourcing)
        expect(report.toLowerCase(), format).toContain(escaped(claim.exact).slice(0, 40).toLowerCase());
      const sources = [
        "Emmanuel Macron",
        "La Dépêche du Midi",
        "Le Parisien",
        "Keir Starmer",
        "journalists from regional French newspapers",
      ];
      for (const name of sources) expect(report, format).toContain(name);
    }
  });

  it.skipIf(!canPrint)("the PDF's text keeps French accents and curly quotes", async () => {
    const rendered = await renderExport(
      database.db,
      ExportRequest.parse({ scope: { kind: "article", article: SLUG }, format: "pdf" }),
      null,
      links,
    );
    const file = `${fs.mkdtempSync("/tmp/claimtrail-pdf-")}/report.pdf`;
    fs.writeFileSync(file, rendered.body as Uint8Array);
    const pdfText = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
    expect(pdfText).toContain("La Dépêche du Midi");
    expect(pdfText).toContain("Élysée");
    expect(pdfText).toContain("“key points”");
    expect(pdfText).toMatch(/Page 1 of \d+/);
  });

  it("exports a selection of claims, and refuses unknown claims, an empty selection and unknown formats", async () => {
    const claims = await database.db.claim.findMany({ take: 2, orderBy: { startOffset: "asc" }, select: { id: true } });
    const csv = await exportText("csv", { kind: "selection", claimIds: claims.map((claim) => claim.id) });
    expect(parseCsv(csv, { columns: true, bom: true })).toHaveLength(2);

    const unknown = "00000000-0000-4000-8000-000000000000";
    await expect(exportText("csv", { kind: "selection", claimIds: [unknown] })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(() => ExportRequest.parse({ scope: { kind: "selection", claimIds: [] }, format: "csv" })).toThrow(
      /select at least one claim/,
    );
    expect(() => ExportRequest.parse({ scope: { kind: "article", article: SLUG }, format: "docx" })).toThrow(
      /expected one of/,
    );
    await expect(exportText("md", { kind: "article", article: "no-such-article" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("answers a workspace with nothing readable as unknown, keeping its name private", async () => {
    await database.db.workspace.create({ data: { slug: "private-desk", name: "Private Desk" } });
    for (const format of ["md", "csv"] as const) {
      await expect(exportText(format, { kind: "workspace", workspace: "private-desk" })).rejects.toMatchObject({
        code: "NOT_FOUND",
        message: expect.not.stringContaining("Private Desk"),
      });
    }
  });

  it("streams a whole workspace's CSV batch by batch, reporting progress", async () => {
    const workspace = await database.db.workspace.findUniqueOrThrow({ where: { slug: "demo" }, select: { id: true } });
    await createRelayArticle(database.db, workspace.id, {
      title: "Wire roundup",
      claimCount: 1200,
      outletsPerClaim: 2,
    });
    const progress: number[] = [];
    const rendered = await renderExport(
      database.db,
      ExportRequest.parse({ scope: { kind: "workspace", workspace: "demo" }, format: "csv" }),
      null,
      {
        ...links,
        onProgress: (done) => progress.push(done),
      },
    );
    expect(rendered.body).toBeInstanceOf(Readable);
    const rows = parseCsv(await bodyText(rendered.body), { columns: true, bom: true });
    expect(rows).toHaveLength(1215);
    expect(progress).toEqual([500, 1000, 1215]);
  }, 180_000); // 1,200 claims written and exported: 37-66 s on a loaded 2-core machine

  it("refuses an article built in memory past its limit, naming both figures, while its workspace streams in every format", async () => {
    const [workspace] = await database.db.$queryRaw<Array<{ id: string }>>`
      INSERT INTO workspace (slug, name) VALUES ('big-desk', 'Big desk') RETURNING id::text`;
    const [article] = await database.db.$queryRaw<Array<{ id: string }>>`
      INSERT INTO article (workspace_id, slug, title, body, status)
      VALUES (${workspace!.id}::uuid, 'statements-k2m4', 'Statements', 'x', 'PUBLISHED') RETURNING id::text`;
    await database.db.$executeRaw`
      INSERT INTO claim (article_id, start_offset, end_offset, exact, kind, review_state)
      SELECT ${article!.id}::uuid, 0, 1, 'statement ' || g, 'PARAPHRASE', 'PUBLISHED'
      FROM generate_series(1, ${MAX_REPORT_CLAIMS + 1}::int) g`;
    const big = { kind: "workspace", workspace: "big-desk" };
    await expect(exportText("md", { kind: "article", article: "statements-k2m4" })).rejects.toMatchObject({
      code: "TOO_LARGE",
      message:
        "this export holds 2,001 claims; the Markdown report format holds at most 2,000: export fewer claims at a time, or the whole workspace, which streams with no limit",
    });
    expect(parseCsv(await exportText("csv", big), { columns: true, bom: true })).toHaveLength(MAX_REPORT_CLAIMS + 1);
    const html = await exportText("html", big);
    expect(html.match(/<li class="claim"/g)).toHaveLength(MAX_REPORT_CLAIMS + 1);
    expect(html).toContain(`<h3>Claim ${MAX_REPORT_CLAIMS + 1}</h3>`);
    const claimReview = JSON.parse(await exportText("claimreview", big)) as { "@graph": unknown[] };
    expect(claimReview["@graph"]).toHaveLength(MAX_REPORT_CLAIMS + 1);
    // A PDF is printed whole: past its limit even the operator's CLI is refused.
    await expect(
      renderExport(database.db, ExportRequest.parse({ scope: big, format: "pdf" }), null, { ...links, uncapped: true }),
    ).rejects.toMatchObject({
      code: "TOO_LARGE",
      message: expect.stringContaining("a PDF is printed whole and cannot stream"),
    });
  });

  it(`refuses a PDF of more than ${MAX_PDF_CLAIMS} claims before printing`, async () => {
    const claimIds = Array.from(
      { length: MAX_PDF_CLAIMS + 1 },
      (_, n) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    );
    await expect(exportText("pdf", { kind: "selection", claimIds })).rejects.toMatchObject({
      code: "TOO_LARGE",
      message: expect.stringMatching(
        /^this export holds 301 claims; the PDF report format holds at most 300: export fewer claims/,
      ),
    });
  });

  it.skipIf(!canPrint)(
    "prints one PDF at a time per client: a second from the same client is told to wait, others print",
    async () => {
      const print = (client: string) =>
        renderExport(
          database.db,
          ExportRequest.parse({ scope: { kind: "article", article: SLUG }, format: "pdf" }),
          null,
          {
            ...links,
            client,
          },
        );
      const [first, second, other] = await Promise.allSettled([print("user-a"), print("user-a"), print("user-b")]);
      expect(other.status).toBe("fulfilled");
      // Whichever of user-a's two reaches the printer first prints; the other is told to wait.
      const outcomes = [first, second].map((outcome) =>
        outcome.status === "fulfilled" ? "printed" : `${outcome.reason.code}: ${outcome.reason.message}`,
      );
      expect(outcomes.sort()).toEqual([
        "RATE_LIMITED: a PDF report of yours is being printed already; wait for it to arrive, then ask for the next",
        "printed",
      ]);
      // Once it has arrived, the same client prints again.
      expect((await print("user-a")).body).toBeInstanceOf(Uint8Array);
    },
  );
});
