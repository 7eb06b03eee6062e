// Explicit selects for what article procedures return.
import type { Prisma } from "@/server/database/prisma";

export const articleMetaSelect = {
  id: true,
  workspaceId: true,
  slug: true,
  title: true,
  publisher: true,
  url: true,
  publishedAt: true,
  language: true,
  status: true,
  version: true,
} satisfies Prisma.ArticleSelect;

export const sourceRefSelect = { id: true, name: true, type: true } satisfies Prisma.SourceSelect;
