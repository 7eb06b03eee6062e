// The workspace an import writes into: the one its slug names, the installation's first when no
// slug is given, or — only when asked (`--create-workspace`), or when the installation has none
// and no slug is given — a new one. A mistyped slug is refused with the workspaces that exist,
// never silently turned into a new, empty workspace. Publishing is refused where the workspace
// requires a second review: nobody publishes their own claims there, on any path (the CLI, the
// HTTP import, the service), as in the editor (docs/REVIEW.md).
import { AppError } from "@/lib/errors";
import type { Db } from "@/server/database/open-database";
import type { Prisma } from "@/server/database/prisma";
import { recordAudit } from "../audit/record-audit";

type Tx = Prisma.TransactionClient;
export type ImportWorkspace = { id: string; slug: string };
type ImportTarget = { slug: string | undefined; actorId: string | null; create: boolean; publish: boolean };

/** The workspace created for an import into an installation that has none. */
const DEFAULT_WORKSPACE = { slug: "newsroom", name: "Newsroom" };
/** How many existing slugs the refusal names. */
const LISTED_SLUGS = 10;

const select = { id: true, slug: true, requireSecondReview: true } as const;

/**
 * Finds (or, with `create`, creates) the import's workspace. Throws AppError NOT_FOUND for a slug
 * no workspace has when `create` is false, naming the existing slugs and how to create one;
 * FORBIDDEN when `actorId` is not an owner or editor of an existing workspace, or when `publish`
 * is asked where the workspace requires a second review. A workspace the import creates gets
 * `actorId` as its owner and a `workspace.create` audit record, in `tx`.
 */
export async function findImportWorkspace(tx: Tx, target: ImportTarget): Promise<ImportWorkspace> {
  const { slug, actorId, create } = target;
  const found = await findTarget(tx, slug);
  if (found) {
    refuseUnreviewedPublishing(found, target.publish);
    if (actorId !== null) await requireEditor(tx, found, actorId);
    return { id: found.id, slug: found.slug };
  }
  if (slug && !create) throw await unknownWorkspace(tx, slug);
  const data = slug ? { slug, name: slug } : DEFAULT_WORKSPACE;
  const created = await tx.workspace.create({ data, select: { id: true, slug: true } });
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

/**
 * Refuses, before a run of many imports, what findImportWorkspace would refuse for every file: a
 * slug no workspace has (unless `create`), AppError NOT_FOUND; publishing into a workspace that
 * requires a second review, AppError FORBIDDEN. Returns the existing workspace's slug, or null
 * when the run is to create it.
 */
export async function checkImportWorkspace(db: Db, target: Omit<ImportTarget, "actorId">): Promise<string | null> {
  const found = await findTarget(db, target.slug);
  if (!found) {
    if (target.slug && !target.create) throw await unknownWorkspace(db, target.slug);
    return null;
  }
  refuseUnreviewedPublishing(found, target.publish);
  return found.slug;
}

function findTarget(tx: Tx | Db, slug: string | undefined) {
  return slug
    ? tx.workspace.findUnique({ where: { slug }, select })
    : tx.workspace.findFirst({ orderBy: [{ createdAt: "asc" }, { slug: "asc" }], select });
}

function refuseUnreviewedPublishing(workspace: { slug: string; requireSecondReview: boolean }, publish: boolean) {
  if (publish && workspace.requireSecondReview)
    throw new AppError(
      "FORBIDDEN",
      `workspace ${workspace.slug} requires a second review before claims are published: import them as drafts ` +
        "(without --publish or ?publish=1), then send the claims for review",
    );
}

async function unknownWorkspace(tx: Tx | Db, slug: string): Promise<AppError> {
  const existing = await tx.workspace.findMany({
    orderBy: { slug: "asc" },
    take: LISTED_SLUGS + 1,
    select: { slug: true },
  });
  const names = existing.slice(0, LISTED_SLUGS).map((row) => row.slug);
  const listed =
    names.length === 0
      ? "there is no workspace yet"
      : `the workspaces are ${names.join(", ")}${existing.length > LISTED_SLUGS ? ", …" : ""}`;
  return new AppError(
    "NOT_FOUND",
    `--workspace: no workspace ${slug} (${listed}); check the spelling, or add --create-workspace to create it`,
  );
}

async function requireEditor(tx: Tx, workspace: ImportWorkspace, userId: string) {
  const membership = await tx.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: workspace.id, userId } },
    select: { role: true },
  });
  if (membership?.role !== "OWNER" && membership?.role !== "EDITOR")
    throw new AppError("FORBIDDEN", `the owner of the import is not an editor of workspace ${workspace.slug}`);
}
