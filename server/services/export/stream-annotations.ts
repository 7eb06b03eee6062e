// The annotation export (docs/ANNOTATION-FORMAT.md) of one article or of a whole workspace, as
// JSON Lines: one annotation file per article, text included, that `claimtrail import` reads
// back, so export → import round-trips a workspace. Articles are read one at a time in keyset
// pages, so memory stays flat whatever the workspace's size. What a reader may see only:
// published claims of published articles for the CLI (no reader), internal notes never.
import { toAnnotationWithText } from "@/lib/annotation/to-annotation";
import { parseArticleRef } from "@/lib/articles/parse-article-ref";
import { AppError } from "@/lib/errors";
import type { Db } from "@/server/database/open-database";
import type { Reader } from "../articles/find-article";
import { getArticleSourcing } from "../sourcing/get-article-sourcing";
import { readableArticles } from "../sourcing/readable-articles";

const PAGE = 100;

export type AnnotationScope = { kind: "article"; article: string } | { kind: "workspace"; workspace: string };

/** Throws AppError NOT_FOUND for an article or a workspace with no article the reader may see. */
export async function* streamAnnotations(db: Db, scope: AnnotationScope, reader: Reader): AsyncGenerator<string> {
  if (scope.kind === "article") {
    yield line(await getArticleSourcing(db, parseArticleRef(scope.article), reader));
    return;
  }
  const where = { AND: [{ workspace: { slug: scope.workspace } }, readableArticles(reader)] };
  let after: { createdAt: Date; id: string } | null = null;
  let any = false;
  for (;;) {
    const page: { id: string; createdAt: Date }[] = await db.article.findMany({
      where: after
        ? {
            AND: [
              where,
              { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] },
            ],
          }
        : where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: PAGE,
      select: { id: true, createdAt: true },
    });
    for (const article of page) {
      any = true;
      yield line(await getArticleSourcing(db, { id: article.id }, reader));
    }
    if (page.length < PAGE) break;
    after = page.at(-1)!;
  }
  if (!any)
    throw new AppError("NOT_FOUND", `no workspace ${scope.workspace} with articles you can read; check the address`);
}

function line(sourcing: Parameters<typeof toAnnotationWithText>[0]): string {
  return `${JSON.stringify(toAnnotationWithText(sourcing))}\n`;
}
