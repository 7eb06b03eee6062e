// The workspace an import writes into: the one its slug names, the installation's first when no
// slug is given, or — only when asked (`--create-workspace`), or when the installation has none
// and no slug is given — a new one. A mistyped slug is refused with the workspaces that exist,
// never silently turned into a new, empty workspace.
import { AppError } from "@/lib/errors";
import type { Db } from "@/server/database/open-database";
import type { Prisma } from "@/server/database/prisma";
import { recordAudit } from "../audit/record-audit";

type Tx = Prisma.TransactionClient;
export type ImportWorkspace = { id: string; slug: string };

/** The workspace created for an import into an installation that has none. */
const DEFAULT_WORKSPACE = { slug: "newsroom", name: "Newsroom" };
/** How many existing slugs the refusal names. */
const LISTED_SLUGS = 10;

/**
 * Finds (or, with `create`, creates) the import's workspace. Throws AppError NOT_FOUND for a slug
 * no workspace has when `create` is false, naming the existing slugs and how to create one;
 * FORBIDDEN when `actorId` is not an owner or editor of an existing workspace. A workspace the
 * import creates gets `actorId` as its owner and a `workspace.create` audit record, in `tx`.
 */
export async function findImportWorkspace(
  tx: Tx,
  slug: string | undefined,
  actorId: string | null,
  create: boolean,
): Promise<ImportWorkspace> {
  const select = { id: true, slug: true } as const;
  const found = slug
    ? await tx.workspace.findUnique({ where: { slug }, select })
    : await tx.workspace.findFirst({ orderBy: [{ createdAt: "asc" }, { slug: "asc" }], select });
  if (found) {
    if (actorId !== null) await requireEditor(tx, found, actorId);
    return found;
  }
  if (slug && !create) throw await unknownWorkspace(tx, slug);
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

/**
 * Refuses, before a run of many imports, a slug no workspace has (unless `create`): the same
 * AppError NOT_FOUND as findImportWorkspace, once instead of once per file.
 */
export async function checkImportWorkspace(db: Db, slug: string | undefined, create: boolean): Promise<void> {
  if (!slug || create) return;
  const found = await db.workspace.findUnique({ where: { slug }, select: { id: true } });
  if (!found) throw await unknownWorkspace(db, slug);
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
