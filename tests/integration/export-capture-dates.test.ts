// Citations date a work's access only from a capture whose time was recorded: the seed's outlets'
// reports, each with evidence and an archive address, one captured at a recorded time and one
// captured without a time, exported from a real database.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExportRequest } from "@/lib/export/export-request";
import type { Database } from "@/server/database/open-database";
import { renderExport } from "@/server/services/export/render-export";
import { loadDemo } from "@/server/services/seed/load-demo";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const SLUG = "macron-coalition-of-the-willing";
type Item = { "container-title"?: string; URL?: string; accessed?: unknown; archive_location?: string };

describe.each(testEngines())("citation access dates on $name", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
    await loadDemo(database.db, repoRoot);
    const db = database.db;
    for (const [outlet, capturedAt] of [
      ["La Dépêche du Midi", new Date("2025-03-16T07:45:00Z")],
      ["Le Parisien", null],
    ] as const) {
      const hops = await db.hop.findMany({
        where: { from: { name: outlet }, toSourceId: null },
        select: { id: true, claim: { select: { article: { select: { workspaceId: true } } } } },
      });
      const url = `https://news.example/${encodeURIComponent(outlet)}/report?id=1&lang=fr`;
      await db.hop.updateMany({
        where: { id: { in: hops.map((hop) => hop.id) } },
        data: { evidenceUrl: url, evidenceArchiveUrl: `https://web.archive.org/web/2025/${url}` },
      });
      const content = new TextEncoder().encode(`<p>${outlet}</p>`);
      await db.archiveSnapshot.create({
        data: {
          workspaceId: hops[0]!.claim.article.workspaceId,
          hopId: hops[0]!.id,
          capturedAt,
          contentType: "text/html",
          content,
          contentHash: createHash("sha256").update(content).digest("hex"),
        },
      });
    }
  });
  afterAll(() => database.close());

  it("gives La Dépêche's report the recorded capture date and Le Parisien's, captured without a time, none", async () => {
    const request = ExportRequest.parse({ scope: { kind: "article", article: SLUG }, format: "csl" });
    const { body } = await renderExport(database.db, request, null, { baseUrl: "https://claimtrail.example" });
    const items = JSON.parse(String(body)) as Item[];
    const depeche = items.find((item) => item["container-title"] === "La Dépêche du Midi")!;
    expect(depeche).toMatchObject({
      URL: "https://news.example/La%20D%C3%A9p%C3%AAche%20du%20Midi/report?id=1&lang=fr",
      accessed: { "date-parts": [[2025, 3, 16]] },
      archive_location:
        "https://web.archive.org/web/2025/https://news.example/La%20D%C3%A9p%C3%AAche%20du%20Midi/report?id=1&lang=fr",
    });
    const parisien = items.find((item) => item["container-title"] === "Le Parisien")!;
    expect(parisien.archive_location).toMatch(/^https:\/\/web\.archive\.org\//);
    expect(parisien).not.toHaveProperty("accessed");
    expect(items.filter((item) => "accessed" in item)).toHaveLength(1);
  });
});
