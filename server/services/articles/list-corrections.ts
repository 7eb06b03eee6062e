// The corrections readers are told about: versions of an article written while it was published,
// newest first, each with the time the version was recorded and what it changed (summarized when
// it was saved, so a read never compares texts). Only as many as a page shows.
import type { ArticleRef } from "@/lib/articles/schemas";
import { CorrectionSummary } from "@/lib/articles/summarize-correction";
import type { Db } from "@/server/database/open-database";
import { findArticleMeta, type Reader } from "./find-article";

/** The most recent corrections listed; `total` counts them all. */
const SHOWN = 20;

export async function listCorrections(db: Db, ref: ArticleRef, reader: Reader) {
  const meta = await findArticleMeta(db, ref, reader);
  // The shown rows and the count of all in one statement (the count is taken before LIMIT).
  const rows = await db.$queryRaw<Array<{ version: number; createdAt: Date; correction: unknown; total: bigint }>>`
    SELECT version, created_at AS "createdAt", correction, count(*) OVER () AS total
    FROM article_version
    WHERE article_id = ${meta.id}::uuid AND correction IS NOT NULL AND correction <> 'null'::jsonb
    ORDER BY version DESC
    LIMIT ${SHOWN}`;
  return {
    total: Number(rows[0]?.total ?? 0),
    corrections: rows.map((row) => ({
      version: row.version,
      at: row.createdAt.toISOString(),
      ...CorrectionSummary.parse(row.correction),
    })),
  };
}
