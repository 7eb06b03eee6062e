// A name nobody classified is stored as "type not recorded" (UNKNOWN), whether it comes from an
// imported annotation or an accepted suggestion, and no export then calls it a person.
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";
import type { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { Parser as TurtleParser } from "n3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planAnnotationImport } from "@/lib/annotation/plan-import";
import { ExportRequest } from "@/lib/export/export-request";
import type { ExportFormat } from "@/lib/export/formats";
import { listDraftHops } from "@/lib/suggestions/claim-draft";
import { proposeClaimDraft } from "@/lib/suggestions/propose-claim-draft";
import type { Database } from "@/server/database/open-database";
import { importAnnotation } from "@/server/services/articles/import-annotation";
import { renderExport } from "@/server/services/export/render-export";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { testEngines } from "../support/test-databases";

const BODY = "Zoë Ngata said in a statement that the bridge will close in May.";
const ANNOTATION = {
  title: "Bridge to close",
  sources: [{ name: "Ngata's statement", type: "OFFICIAL_STATEMENT", url: "https://example.org/ngata-statement" }],
  claims: [
    {
      quote_or_paraphrase: "the bridge will close in May",
      kind: "paraphrase",
      speaker: "Zoë Ngata",
      chain: ["Zoë Ngata", "Ngata's statement", "this article"],
      first_hand: ["Ngata's statement"],
      indirect: false,
    },
  ],
};

async function bodyText(body: string | Uint8Array | Readable): Promise<string> {
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return Buffer.from(body).toString("utf8");
  return text(body);
}

describe.each(testEngines())("a source of unrecorded type on $name", (engine) => {
  let database: Database;
  let slug: string;
  const exportText = async (format: ExportFormat) =>
    bodyText(
      (
        await renderExport(
          database.db,
          ExportRequest.parse({ scope: { kind: "article", article: slug }, format }),
          null,
          { baseUrl: "https://claimtrail.example" },
        )
      ).body,
    );

  beforeAll(async () => {
    database = await engine.open();
    const workspace = await database.db.workspace.create({ data: { slug: "desk", name: "Desk" } });
    const result = await importAnnotation(database.db, planAnnotationImport(ANNOTATION, BODY), {
      workspaceId: workspace.id,
      actorId: null,
      status: "PUBLISHED",
      reviewState: "PUBLISHED",
    });
    slug = result.slug;
  });
  afterAll(() => database.close());

  it("imports an unclassifiable name as type not recorded", async () => {
    const source = await database.db.source.findFirstOrThrow({ where: { name: "Zoë Ngata" }, select: { type: true } });
    expect(source.type).toBe("UNKNOWN");
  });

  it("cites her statement with her name whole, never split as a person's", async () => {
    const csl = JSON.parse(await exportText("csl")) as Array<{ title: string; type: string; author?: unknown[] }>;
    const statement = csl.find((item) => item.title === "Ngata's statement")!;
    expect(statement.author).toEqual([{ literal: "Zoë Ngata" }]);
    // A speech would say she is a person speaking; nothing recorded that.
    expect(statement.type).toBe("document");

    const bibtex = await exportText("bibtex");
    expect(bibtex).toContain('author = {{Zo{\\"e} Ngata}}');
    const fromBibtex = new Cite(bibtex).data.find((item: { title?: string }) => item.title === "Ngata's statement");
    // citation-js reads a braced name back as one family name, with no given name split off.
    expect(fromBibtex?.author).toEqual([{ family: "Zoë Ngata" }]);

    const ris = await exportText("ris");
    expect(ris).toMatch(/^A1 {2}- Zoë Ngata\r?$/m);
    expect(ris).not.toContain("Ngata, Zoë");
  });

  it("writes no person and no source type into PROV, schema.org or the readable report", async () => {
    const quads = new TurtleParser().parse(await exportText("prov-ttl"));
    const ngata = quads.find((quad) => quad.object.value === "Zoë Ngata")!.subject.value;
    const about = quads.filter((quad) => quad.subject.value === ngata);
    expect(about.map((quad) => quad.object.value)).toContain("http://www.w3.org/ns/prov#Agent");
    expect(about.map((quad) => quad.object.value)).not.toContain("http://www.w3.org/ns/prov#Person");
    expect(about.some((quad) => quad.predicate.value.endsWith("sourceType"))).toBe(false);

    const schema = await exportText("claimreview");
    expect(schema).toContain('"name": "Zoë Ngata"');
    expect(schema).not.toContain('"Person"');

    const markdown = await exportText("md");
    expect(markdown).toContain("Zoë Ngata: type not recorded");
    expect(markdown).not.toMatch(/Zoë Ngata[^\n]*person/);
  });

  it("gives a suggestion's unclassifiable speaker no type when it is accepted", async () => {
    const user = await database.db.user.create({
      data: { email: "ed@example.org", name: "Ed" },
      select: { id: true, email: true, name: true },
    });
    const editor = createCaller(
      createInnerContext({ db: database.db, session: { userId: user.id, email: user.email, name: user.name } }),
    );
    const workspace = await editor.workspaces.create({ name: "Harbour desk", slug: "harbour" });
    const { id: articleId } = await editor.editing.createArticle({
      workspaceId: workspace.id,
      title: "Crane review",
      content: "Tomasz Wrzesniewski said that the cranes had been inspected in March.",
    });
    const [suggestion] = await editor.editing.suggestClaims({ articleId });
    expect(suggestion?.speaker).toBe("Tomasz Wrzesniewski");
    const draft = proposeClaimDraft(suggestion!);
    expect(draft.speaker?.type).toBe("UNKNOWN");
    await editor.editing.acceptSuggestion({ articleId, draft, shownHops: listDraftHops(draft) });
    const speaker = await database.db.source.findFirstOrThrow({
      where: { workspaceId: workspace.id, name: "Tomasz Wrzesniewski" },
      select: { type: true },
    });
    expect(speaker.type).toBe("UNKNOWN");
  });
});
