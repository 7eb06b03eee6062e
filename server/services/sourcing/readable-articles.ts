// The filters for what a reader may see: published articles, and drafts of their workspaces;
// in a published article, the claims whose sourcing is published, or every claim for members
// of the article's workspace (docs/REVIEW.md).
import type { Prisma } from "@/server/database/prisma";
import type { Reader } from "../articles/find-article";

export function readableArticles(reader: Reader): Prisma.ArticleWhereInput {
  if (!reader) return { status: "PUBLISHED" };
  return { OR: [{ status: "PUBLISHED" }, { workspace: { memberships: { some: { userId: reader.userId } } } }] };
}

export function readableClaims(reader: Reader): Prisma.ClaimWhereInput {
  const published: Prisma.ClaimWhereInput = { reviewState: "PUBLISHED", article: { status: "PUBLISHED" } };
  if (!reader) return published;
  return { OR: [published, { article: { workspace: { memberships: { some: { userId: reader.userId } } } } }] };
}
