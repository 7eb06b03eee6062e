// An article's full sourcing: every claim with its graph and derived provenance, read in one
// statement whatever the number of claims (two for a member reading a draft; tests/integration/
// trpc-sourcing.test.ts). Each claim's answer is kept by the text the statement gives for it
// (claim-answers.ts), so an unchanged claim costs a lookup.
import type { ArticleRef } from "@/lib/articles/schemas";
import { AppError } from "@/lib/errors";
import type { ArticleSourcing, ClaimPageSourcing, SourceDetail } from "@/lib/sourcing/schemas";
import type { Db } from "@/server/database/open-database";
import { checkReadable, findArticleMeta, type Reader } from "../articles/find-article";
import { readArticleClaimTexts } from "./article-claims-query";
import { answerClaim, type ClaimAnswer } from "./claim-answers";
import { claimSourcingSelect, sourcesOf } from "./claim-sourcing-select";
import { readableClaims } from "./readable-articles";
import { toClaimSourcing } from "./to-claim-sourcing";

export async function getArticleSourcing(db: Db, ref: ArticleRef, reader: Reader): Promise<ArticleSourcing> {
  const read = await readArticleClaimTexts(db, ref, reader);
  await checkReadable(db, ref, read?.article ?? null, reader);
  const answers = read!.claims.map(answerClaim);
  return { article: read!.article, sources: articleSourcesOf(answers), claims: answers.map((answer) => answer.claim) };
}

// What localeCompare does without arguments, made once (localeCompare makes a collator per call).
const byName = new Intl.Collator();

/** Every source of the claims once, by name (equal names in the order the claims name them): sourcesOf's list. */
function articleSourcesOf(answers: ClaimAnswer[]): SourceDetail[] {
  const sources = new Map<string, SourceDetail>();
  for (const answer of answers)
    for (const source of answer.sources) if (!sources.has(source.id)) sources.set(source.id, source);
  return [...sources.values()].sort((a, b) => byName.compare(a.name, b.name));
}

export async function getClaimSourcing(db: Db, claimId: string, reader: Reader): Promise<ClaimPageSourcing> {
  const row = await db.claim.findFirst({
    where: { AND: [{ id: claimId }, readableClaims(reader)] },
    select: { ...claimSourcingSelect, article: { select: { id: true } } },
  });
  // An unpublished claim does not exist for readers outside its workspace, like a draft article.
  if (!row) throw new AppError("NOT_FOUND", `no claim ${claimId}`);
  const meta = await findArticleMeta(db, { id: row.article.id }, reader);
  // Its sources with their standing notes, so the claim's page says what the article's panel
  // says about a corrected or retracted one.
  return { ...toClaimSourcing(row), article: { slug: meta.slug, title: meta.title }, sources: sourcesOf([row]) };
}
