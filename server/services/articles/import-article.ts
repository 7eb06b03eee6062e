// `claimtrail import`: one annotation file (lib/annotation/annotation-file.ts, documented in
// docs/ANNOTATION-FORMAT.md) becomes an article with its claims in a workspace. The plan is
// made and checked before any transaction opens, so bad input stores nothing; then the
// workspace (found by slug, the installation's first, or created), the article, its claims and
// their audit records are written in one transaction. Sources are reused through their names,
// aliases and merges (writePlannedSources).
import type { z } from "zod";
import { AnnotationFile } from "@/lib/annotation/annotation-file";
import { type ImportPlan, planAnnotationImport } from "@/lib/annotation/plan-import";
import { WorkspaceSlug } from "@/lib/auth/schemas";
import { MAX_BODY_LENGTH } from "@/lib/editing/schemas";
import { AppError } from "@/lib/errors";
import { formatZodError } from "@/lib/format-zod-error";
import type { Db } from "@/server/database/open-database";
import type { Prisma } from "@/server/database/prisma";
import { recordAudit } from "../audit/record-audit";
import { type ImportResult, writeImportPlan } from "./import-annotation";

export type ImportArticleInput = {
  /** The parsed JSON of the annotation file. */
  annotation: unknown;
  /** The article's text when the file does not carry it (`--body`), already reduced to text. */
  body?: string;
  /** Overrides (or supplies) the file's title. */
  title?: string;
  /** A workspace slug; created when missing. Default: the installation's first workspace. */
  workspace?: string;
  /** Publish the article and its claims (a reviewed data set); otherwise both stay drafts. */
  publish: boolean;
  actorId: string | null;
};

export type ImportedArticle = ImportResult & { workspace: string };

/** The workspace created for an import into an installation that has none. */
const DEFAULT_WORKSPACE = { slug: "newsroom", name: "Newsroom" };

export type PreparedImport = {
  plan: ImportPlan;
  workspace: string | undefined;
  publish: boolean;
  actorId: string | null;
};

export async function importArticle(db: Db, input: ImportArticleInput): Promise<ImportedArticle> {
  return writeImport(db, prepareImport(input));
}

/** Checks the input and plans the rows, without a database: throws AppError INVALID on bad input. */
export function prepareImport(input: ImportArticleInput): PreparedImport {
  const workspace = input.workspace === undefined ? undefined : parseSlug(input.workspace);
  const annotation = withTitle(input.annotation, input.title);
  const body = input.body ?? annotation.article?.body;
  if (body === undefined) {
    throw new AppError("INVALID", "the file has no article.body: give the article's text with --body FILE");
  }
  if (body.length > MAX_BODY_LENGTH) {
    throw new AppError("INVALID", `the article text is ${body.length} characters; the limit is ${MAX_BODY_LENGTH}`);
  }
  const plan = planAnnotationImport(annotation, body);
  return { plan, workspace, publish: input.publish, actorId: input.actorId };
}

/** Writes a prepared import: the workspace if new, the article and its claims, in one transaction. */
export async function writeImport(db: Db, prepared: PreparedImport): Promise<ImportedArticle> {
  return db.$transaction(async (tx) => {
    const workspace = await findOrCreateWorkspace(tx, prepared.workspace, prepared.actorId);
    const result = await writeImportPlan(tx, prepared.plan, {
      workspaceId: workspace.id,
      actorId: prepared.actorId,
      status: prepared.publish ? "PUBLISHED" : "DRAFT",
      reviewState: prepared.publish ? "PUBLISHED" : "DRAFT",
    });
    return { ...result, workspace: workspace.slug };
  });
}

function parseSlug(slug: string): string {
  const parsed = WorkspaceSlug.safeParse(slug);
  if (!parsed.success) throw new AppError("INVALID", `--workspace: ${formatZodError(parsed.error)}`);
  return parsed.data;
}

function withTitle(annotation: unknown, title: string | undefined): z.infer<typeof AnnotationFile> {
  const given = typeof annotation === "object" && annotation !== null && !Array.isArray(annotation) ? annotation : {};
  const parsed = AnnotationFile.safeParse(title === undefined ? given : { ...given, title });
  if (!parsed.success) throw new AppError("INVALID", `annotation file: ${formatZodError(parsed.error)}`);
  return parsed.data;
}

/**
 * The workspace of the import. With an actor (`--owner`), an existing workspace must count them
 * as an owner or editor (AppError FORBIDDEN otherwise), and a workspace the import creates gets
 * them as its owner, in the same transaction.
 */
async function findOrCreateWorkspace(tx: Prisma.TransactionClient, slug: string | undefined, actorId: string | null) {
  const select = { id: true, slug: true } as const;
  const found = slug
    ? await tx.workspace.findUnique({ where: { slug }, select })
    : await tx.workspace.findFirst({ orderBy: [{ createdAt: "asc" }, { slug: "asc" }], select });
  if (found) {
    if (actorId !== null) await requireEditor(tx, found, actorId);
    return found;
  }
  const data = slug ? { slug, name: slug } : DEFAULT_WORKSPACE;
  const created = await tx.workspace.create({ data, select });
  if (actorId !== null)
    await tx.membership.create({ data: { workspaceId: created.id, userId: actorId, role: "OWNER" } });
  await recordAudit(tx, {
    workspaceId: created.id,
    actorId,
    action: "workspace.create",
    entityType: "workspace",
    entityId: created.id,
    after: { ...data, by: "import" },
  });
  return created;
}

async function requireEditor(tx: Prisma.TransactionClient, workspace: { id: string; slug: string }, userId: string) {
  const membership = await tx.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: workspace.id, userId } },
    select: { role: true },
  });
  if (membership?.role !== "OWNER" && membership?.role !== "EDITOR")
    throw new AppError("FORBIDDEN", `the owner of the import is not an editor of workspace ${workspace.slug}`);
}
