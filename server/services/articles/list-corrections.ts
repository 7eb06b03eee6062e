// The corrections readers are told about: versions of an article written while it was published,
// newest first, each with the time the version was recorded and what it changed (summarized when
// it was saved, so a read never compares texts). Only as many as a page shows.
import type { ArticleRef } from "@/lib/articles/schemas";
import { CorrectionSummary } from "@/lib/articles/summarize-correction";
import type { Db } from "@/server/database/open-database";
import { Prisma } from "@/server/database/prisma";
import { findArticleMeta, type Reader } from "./find-article";

/** The most recent corrections listed; `total` counts them all. */
const SHOWN = 20;

export async function listCorrections(db: Db, ref: ArticleRef, reader: Reader) {
  const meta = await findArticleMeta(db, ref, reader);
  const where = { articleId: meta.id, NOT: { correction: { equals: Prisma.AnyNull } } };
  const [rows, total] = await Promise.all([
    db.articleVersion.findMany({
      where,
      orderBy: { version: "desc" },
      take: SHOWN,
      select: { version: true, createdAt: true, correction: true },
    }),
    db.articleVersion.count({ where }),
  ]);
  return {
    total,
    corrections: rows.map((row) => ({
      version: row.version,
      at: row.createdAt.toISOString(),
      ...CorrectionSummary.parse(row.correction),
    })),
  };
}
