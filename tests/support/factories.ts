// Builds articles of any size for tests, through the same import path editors' data takes.
import { planAnnotationImport } from "@/lib/annotation/plan-import";
import type { Db } from "@/server/database/open-database";
import { importAnnotation } from "@/server/services/articles/import-annotation";

export async function createWorkspace(db: Db, slug = "newsroom") {
  return db.workspace.create({ data: { slug, name: `Newsroom ${slug}` }, select: { id: true, slug: true } });
}

/** An article of `claimCount` claims, each relayed through `outletsPerClaim` outlets. */
export async function createRelayArticle(
  db: Db,
  workspaceId: string,
  options: { title: string; claimCount: number; outletsPerClaim: number; status?: "DRAFT" | "PUBLISHED" },
) {
  const sentences = Array.from(
    { length: options.claimCount },
    (_, i) => `Statement number ${i + 1} was made about topic ${i + 1}.`,
  );
  const body = sentences.join(" ");
  const outlets = Array.from({ length: options.outletsPerClaim }, (_, i) => `Daily Gazette ${i + 1}`);
  const annotation = {
    title: options.title,
    // Types are recorded, never read from names (docs/PROVENANCE.md): the speakers stay untyped.
    sources: [
      ...outlets.map((name) => ({ name, type: "OUTLET" })),
      ...[0, 1, 2].map((i) => ({ name: `Press briefing ${i}`, type: "EVENT" })),
    ],
    claims: sentences.map((sentence, i) => ({
      quote_or_paraphrase: sentence,
      kind: "paraphrase",
      speaker: `Speaker ${i % 7}`,
      chain: [`Speaker ${i % 7}`, `Press briefing ${i % 3}`, outlets.join(" / "), "this article"],
      cue: null,
      indirect: true,
      sources_named: outlets,
      primary_evidence: "unknown",
      status: "asserted",
    })),
  };
  const status = options.status ?? "PUBLISHED";
  // A published article's claims are published too, as a reviewed data set is imported.
  return importAnnotation(db, planAnnotationImport(annotation, body), {
    workspaceId,
    actorId: null,
    status,
    reviewState: status === "PUBLISHED" ? "PUBLISHED" : "DRAFT",
  });
}
