// `claimtrail import`: one annotation file (lib/annotation/annotation-file.ts, documented in
// docs/ANNOTATION-FORMAT.md) becomes an article with its claims in a workspace. The plan is
// made and checked before any transaction opens, so bad input stores nothing; then the
// workspace (import-workspace.ts), the article, its claims and
// their audit records are written in one transaction. Sources are reused through their names,
// aliases and merges (writePlannedSources).
import { planAnnotationFile } from "@/lib/annotation/plan-annotation-file";
import type { ImportPlan } from "@/lib/annotation/plan-import";
import { WorkspaceSlug } from "@/lib/auth/schemas";
import { AppError } from "@/lib/errors";
import { formatZodError } from "@/lib/format-zod-error";
import type { Db } from "@/server/database/open-database";
import { type ImportResult, writeImportPlan } from "./import-annotation";
import { findImportWorkspace } from "./import-workspace";

export type ImportArticleInput = {
  /** The parsed JSON of the annotation file. */
  annotation: unknown;
  /** The article's text when the file does not carry it (`--body`), already reduced to text. */
  body?: string;
  /** Overrides (or supplies) the file's title. */
  title?: string;
  /** A workspace slug. Default: the installation's first workspace. */
  workspace?: string;
  /** Create the workspace `workspace` names when there is none (otherwise AppError NOT_FOUND). */
  createWorkspace?: boolean;
  /** Publish the article and its claims (a reviewed data set); otherwise both stay drafts. */
  publish: boolean;
  actorId: string | null;
};

export type ImportedArticle = ImportResult & { workspace: string };

export type PreparedImport = {
  plan: ImportPlan;
  workspace: string | undefined;
  createWorkspace: boolean;
  publish: boolean;
  actorId: string | null;
};

export async function importArticle(db: Db, input: ImportArticleInput): Promise<ImportedArticle> {
  return writeImport(db, prepareImport(input));
}

/** Checks the input and plans the rows, without a database: throws AppError INVALID on bad input. */
export function prepareImport(input: ImportArticleInput): PreparedImport {
  const workspace = input.workspace === undefined ? undefined : parseSlug(input.workspace);
  const plan = planAnnotationFile(input.annotation, { body: input.body, title: input.title });
  return {
    plan,
    workspace,
    createWorkspace: Boolean(input.createWorkspace),
    publish: input.publish,
    actorId: input.actorId,
  };
}

/** Writes a prepared import: the workspace if new, the article and its claims, in one transaction. */
async function writeImport(db: Db, prepared: PreparedImport): Promise<ImportedArticle> {
  return db.$transaction(async (tx) => {
    const workspace = await findImportWorkspace(tx, {
      slug: prepared.workspace,
      actorId: prepared.actorId,
      create: prepared.createWorkspace,
      publish: prepared.publish,
    });
    const result = await writeImportPlan(tx, prepared.plan, {
      workspaceId: workspace.id,
      actorId: prepared.actorId,
      status: prepared.publish ? "PUBLISHED" : "DRAFT",
      reviewState: prepared.publish ? "PUBLISHED" : "DRAFT",
    });
    return { ...result, workspace: workspace.slug };
  });
}

export function parseSlug(slug: string): string {
  const parsed = WorkspaceSlug.safeParse(slug);
  if (!parsed.success) throw new AppError("INVALID", `--workspace: ${formatZodError(parsed.error)}`);
  return parsed.data;
}
