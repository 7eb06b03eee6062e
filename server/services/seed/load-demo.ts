// Loads the demo data set (prisma/seed/: the seed article, its reference annotation and source
// types) once per database. An audit event marks it loaded, so an editor who deletes the demo
// article does not see it come back; a transaction-level advisory lock keeps two app servers
// starting together on one PostgreSQL from loading it twice.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { SourceHint } from "@/lib/annotation/annotation-file";
import { planAnnotationImport } from "@/lib/annotation/plan-import";
import { ArticleStatus } from "@/lib/vocabulary";
import type { Db } from "@/server/database/open-database";
import type { SqlReader } from "@/server/database/sql-connection";
import { writeImportPlan } from "../articles/import-annotation";
import { recordAudit } from "../audit/record-audit";

const DemoManifest = z.object({
  workspace: z.object({ slug: z.string(), name: z.string() }),
  article: z.object({ slug: z.string(), status: ArticleStatus, publisher: z.string().optional() }),
  sources: z.array(SourceHint),
});

const SEED_LOCK_KEY = 7_231_954_002;
export const DEMO_MARKER = { action: "seed.load", entityType: "dataset", entityId: "demo" } as const;

function demoDir(root: string): string {
  return path.join(root, "prisma", "seed");
}

/**
 * Whether the demo was loaded (its marker is there), read in SQL: every start of the app and of
 * each CLI command asks, and a command that reads in SQL then never loads Prisma's query compiler.
 */
export async function isDemoLoaded(sql: SqlReader): Promise<boolean> {
  const rows = await sql.query(
    "SELECT 1 FROM audit_event WHERE action = $1 AND entity_type = $2 AND entity_id = $3 LIMIT 1",
    [DEMO_MARKER.action, DEMO_MARKER.entityType, DEMO_MARKER.entityId],
  );
  return rows.length > 0;
}

export async function loadDemo(db: Db, root: string): Promise<{ loaded: boolean; slug?: string }> {
  // Every start of the app and of each CLI command comes here: once loaded, answer at once
  // rather than plan the demo again (and the marker is read again under the lock below).
  if (await db.auditEvent.findFirst({ where: DEMO_MARKER, select: { id: true } })) return { loaded: false };
  const dir = demoDir(root);
  const manifest = DemoManifest.parse(JSON.parse(fs.readFileSync(path.join(dir, "demo.json"), "utf8")));
  const annotation = JSON.parse(fs.readFileSync(path.join(dir, "annotation.json"), "utf8"));
  const body = fs.readFileSync(path.join(dir, "article.txt"), "utf8").replace(/\n+$/, "");
  const plan = planAnnotationImport({ ...annotation, publisher: manifest.article.publisher }, body, manifest.sources);

  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
    const marker = await tx.auditEvent.findFirst({ where: DEMO_MARKER, select: { id: true } });
    if (marker) return { loaded: false };

    const workspace = await tx.workspace.upsert({
      where: { slug: manifest.workspace.slug },
      create: manifest.workspace,
      update: {},
      select: { id: true },
    });
    const result = await writeImportPlan(tx, plan, {
      workspaceId: workspace.id,
      actorId: null,
      status: manifest.article.status,
      slug: manifest.article.slug,
      reviewState: "PUBLISHED",
    });
    await recordAudit(tx, {
      ...DEMO_MARKER,
      workspaceId: workspace.id,
      actorId: null,
      after: { articleId: result.articleId },
    });
    return { loaded: true, slug: result.slug };
  });
}
