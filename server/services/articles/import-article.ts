// `claimtrail import`: one annotation file (lib/annotation/annotation-file.ts, documented in
// docs/ANNOTATION-FORMAT.md) becomes an article with its claims in a workspace. The plan is
// made and checked before any transaction opens, so bad input stores nothing; then the
// workspace (import-workspace.ts), the article, its claims and
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
  const annotation = withTitle(input.annotation, input.title);
  const body = input.body ?? annotation.article?.body;
  if (body === undefined) {
    throw new AppError("INVALID", "the file has no article.body: give the article's text with --body FILE");
  }
  if (body.length > MAX_BODY_LENGTH) {
    throw new AppError("INVALID", `the article text is ${body.length} characters; the limit is ${MAX_BODY_LENGTH}`);
  }
  const plan = planAnnotationImport(annotation, body);
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
    const workspace = await findImportWorkspace(tx, prepared.workspace, prepared.actorId, prepared.createWorkspace);
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

function withTitle(annotation: unknown, title: string | undefined): z.infer<typeof AnnotationFile> {
  const given = typeof annotation === "object" && annotation !== null && !Array.isArray(annotation) ? annotation : {};
  const parsed = AnnotationFile.safeParse(title === undefined ? given : { ...given, title });
  if (!parsed.success) throw new AppError("INVALID", `annotation file: ${formatZodError(parsed.error)}`);
  return parsed.data;
}
