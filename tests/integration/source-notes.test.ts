// A source's internal note never reaches the public (issue 13): once a published claim uses the
// source, readers see its public note on the source page, in the public API and in every export,
// and never its internal note, whether they are signed out or members.
import type { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExportRequest } from "@/lib/export/export-request";
import { ExportFormat } from "@/lib/export/formats";
import type { Database } from "@/server/database/open-database";
import { renderExport } from "@/server/services/export/render-export";
import { loadDemo } from "@/server/services/seed/load-demo";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

const SLUG = "macron-coalition-of-the-willing";
const INTERNAL = "Internal: our contact there is Jonquil Abernathy";
const PUBLIC = "Regional daily published in Toulouse.";

async function bodyText(body: string | Uint8Array | Readable): Promise<string> {
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return Buffer.from(body).toString("utf8");
  return text(body);
}

describe.each(testEngines())("a source's public and internal notes, on $name", (engine) => {
  let database: Database;
  let sourceId: string;
  const reader = () => createCaller(createInnerContext({ db: database.db }));

  beforeAll(async () => {
    database = await engine.open();
    await loadDemo(database.db, repoRoot);
    const source = await database.db.source.findFirstOrThrow({
      where: { name: "La Dépêche du Midi" },
      select: { id: true },
    });
    sourceId = source.id;
    await database.db.source.update({ where: { id: sourceId }, data: { notes: INTERNAL, publicNote: PUBLIC } });
  });
  afterAll(() => database?.close());

  it("shows the public note on the public source page and the article's sourcing, never the internal one", async () => {
    const page = await reader().sourcing.source({ id: sourceId });
    expect(page.claims.length).toBeGreaterThan(0);
    expect(page.source.publicNote).toBe(PUBLIC);
    expect(JSON.stringify(page)).not.toContain("Jonquil");

    const sourcing = await reader().sourcing.article({ slug: SLUG });
    expect(sourcing.sources.find((source) => source.id === sourceId)?.publicNote).toBe(PUBLIC);
    expect(JSON.stringify(sourcing)).not.toContain("Jonquil");
    const claimId = page.claims[0]!.claimId;
    expect(JSON.stringify(await reader().sourcing.claim({ id: claimId }))).not.toContain("Jonquil");
  });

  it.each(ExportFormat.options.filter((format) => format !== "pdf"))(
    "leaves the internal note out of the %s export of the article and of the workspace",
    async (format) => {
      for (const scope of [
        { kind: "article", article: SLUG },
        { kind: "workspace", workspace: "demo" },
      ]) {
        const request = ExportRequest.parse({ scope, format });
        const exported = await bodyText(
          (await renderExport(database.db, request, null, { baseUrl: "https://x.example" })).body,
        );
        expect(exported.length).toBeGreaterThan(0);
        expect(exported).not.toContain("Jonquil");
      }
    },
  );

  it("puts the public note in the exports that list sources", async () => {
    const request = ExportRequest.parse({ scope: { kind: "article", article: SLUG }, format: "html" });
    const exported = await bodyText(
      (await renderExport(database.db, request, null, { baseUrl: "https://x.example" })).body,
    );
    expect(exported).toContain(PUBLIC);
  });
});
