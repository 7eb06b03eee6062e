// Workspaces (newsrooms) and their members.

import { AppError } from "@/lib/errors";
import { decodeCursor, encodeCursor } from "@/lib/pagination/keyset-cursor";
import type { Db } from "@/server/database/open-database";
import { recordAudit } from "../audit/record-audit";

export async function createWorkspace(db: Db, actorId: string, input: { name: string; slug: string }) {
  return db.$transaction(async (tx) => {
    if (await tx.workspace.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
      throw new AppError("CONFLICT", `the address "${input.slug}" is taken; choose another`);
    }
    const workspace = await tx.workspace.create({ data: input, select: { id: true, slug: true, name: true } });
    await tx.membership.create({ data: { workspaceId: workspace.id, userId: actorId, role: "OWNER" } });
    await recordAudit(tx, {
      workspaceId: workspace.id,
      actorId,
      action: "workspace.create",
      entityType: "workspace",
      entityId: workspace.id,
      after: input,
    });
    return workspace;
  });
}

export async function listMyWorkspaces(db: Db, userId: string) {
  const memberships = await db.membership.findMany({
    where: { userId },
    orderBy: { workspace: { name: "asc" } },
    select: {
      role: true,
      workspace: { select: { id: true, slug: true, name: true, _count: { select: { articles: true } } } },
    },
  });
  return memberships.map(({ role, workspace: { _count, ...workspace } }) => ({
    ...workspace,
    role,
    articleCount: _count.articles,
  }));
}

/** Articles per page of a workspace's list for its members. */
const WORKSPACE_ARTICLE_PAGE = 50;

/**
 * A workspace with one keyset page of its articles, newest first (drafts included), for a
 * member; `nextCursor` continues the list (article_workspace_id_created_at_id_idx).
 */
export async function getWorkspaceForMember(
  db: Db,
  slug: string,
  userId: string,
  page: { cursor?: string | null; limit?: number } = {},
) {
  const limit = page.limit ?? WORKSPACE_ARTICLE_PAGE;
  const after = page.cursor ? decodeCursor(page.cursor, ["instant", "id"]) : null;
  const workspace = await db.workspace.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      memberships: { where: { userId }, select: { role: true } },
      articles: {
        // "created_at <= x" bounds the index range; the OR only breaks ties within it.
        where: after
          ? {
              createdAt: { lte: new Date(after[0]!) },
              OR: [{ createdAt: { lt: new Date(after[0]!) } }, { id: { lt: after[1]! } }],
            }
          : {},
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: limit + 1,
        select: { id: true, slug: true, title: true, status: true, createdAt: true },
      },
    },
  });
  const membership = workspace?.memberships[0];
  if (!workspace || !membership) throw new AppError("NOT_FOUND", `no workspace ${slug} that you are a member of`);
  const { memberships: _m, articles, ...rest } = workspace;
  const shown = articles.slice(0, limit);
  const counts = await db.claim.groupBy({
    by: ["articleId"],
    where: { articleId: { in: shown.map((article) => article.id) } },
    _count: { _all: true },
  });
  const countOf = new Map(counts.map((group) => [group.articleId, group._count._all]));
  const last = shown.at(-1);
  return {
    ...rest,
    role: membership.role,
    articles: shown.map(({ createdAt: _created, ...article }) => ({
      ...article,
      claimCount: countOf.get(article.id) ?? 0,
    })),
    nextCursor: articles.length > limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
}
