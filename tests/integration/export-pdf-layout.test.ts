// The PDF report's layout: claims flow one after another instead of each starting a page, and a
// retracted source is marked in the chain diagrams as the reader's page marks it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExportRequest } from "@/lib/export/export-request";
import type { Database } from "@/server/database/open-database";
import { renderExport } from "@/server/services/export/render-export";
import { loadDemo } from "@/server/services/seed/load-demo";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const SLUG = "macron-coalition-of-the-willing";
const links = { baseUrl: "https://claimtrail.example" };
const canPrint = ["/usr/bin/chromium", "/usr/bin/pdftotext", "/usr/bin/pdfinfo"].every((file) => fs.existsSync(file));
/** Pages of the seed's report (15 claims) once claims flow; it printed on 13 when no claim could split. */
const SEED_PAGES = 11;

describe.each(testEngines())("the PDF report's layout on $name", (engine) => {
  let database: Database;
  const render = async (format: "pdf" | "html") =>
    (
      await renderExport(
        database.db,
        ExportRequest.parse({ scope: { kind: "article", article: SLUG }, format }),
        null,
        links,
      )
    ).body;

  beforeAll(async () => {
    database = await engine.open();
    await loadDemo(database.db, repoRoot);
    await database.db.source.updateMany({
      where: { name: "Le Parisien" },
      data: { standing: "RETRACTED", standingNote: "Le Parisien withdrew its report" },
    });
  });
  afterAll(() => database.close());

  it("marks the retracted source in the chain diagrams of the HTML report", async () => {
    const html = String(await render("html"));
    const svgs = html.match(/<svg class="chain-diagram"[\s\S]*?<\/svg>/g) ?? [];
    const withParisien = svgs.filter((svg) => svg.includes("Le Parisien"));
    expect(withParisien.length).toBeGreaterThan(0);
    for (const svg of withParisien) {
      expect(svg).toMatch(/<g class="node node-outlet standing-retracted"><title>Le Parisien \(retracted\)<\/title>/);
      expect(svg).toContain(">Retracted</tspan>");
      expect(svg).toMatch(/class="edge second-hand standing-retracted"/);
    }
    for (const svg of svgs.filter((svg) => !svg.includes("Le Parisien"))) expect(svg).not.toContain("Retracted");
  });

  it.skipIf(!canPrint)("lets claims flow across pages, and the printed diagram says Retracted", async () => {
    const file = `${fs.mkdtempSync("/tmp/claimtrail-pdf-")}/report.pdf`;
    fs.writeFileSync(file, (await render("pdf")) as Uint8Array);
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBeLessThanOrEqual(SEED_PAGES);
    const pdfText = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
    expect(pdfText).toContain("Retracted");
    expect(pdfText).toMatch(new RegExp(`Page ${pages} of ${pages}`));
  });
});
