// The filter for articles a reader may see: published ones, and drafts of their workspaces.
import type { Prisma } from "@/server/database/prisma";
import type { Reader } from "../articles/find-article";

export function readableArticles(reader: Reader): Prisma.ArticleWhereInput {
  if (!reader) return { status: "PUBLISHED" };
  return { OR: [{ status: "PUBLISHED" }, { workspace: { memberships: { some: { userId: reader.userId } } } }] };
}
