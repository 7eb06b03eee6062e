// An article's full sourcing: every claim with its graph and derived provenance, read in one
// statement whatever the number of claims (two for a member reading a draft; tests/integration/
// trpc-sourcing.test.ts). Each claim's answer is kept by the text the statement gives for it
// (claim-answers.ts), so an unchanged claim costs a lookup.
import type { ArticleRef } from "@/lib/articles/schemas";
import { AppError } from "@/lib/errors";
import type { ArticleSourcing, ClaimPageSourcing, SourceDetail } from "@/lib/sourcing/schemas";
import type { Db } from "@/server/database/open-database";
import { checkReadable, type Reader } from "../articles/find-article";
import { readArticleClaimTexts, readClaimText } from "./article-claims-query";
import { answerClaim, type ClaimAnswer } from "./claim-answers";

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

/**
 * One claim for its own page, read in one statement and answered from the same kept answers as
 * the article read (claim-answers.ts), so an unchanged claim costs that statement and a lookup,
 * and an edited one is derived afresh.
 * @throws AppError NOT_FOUND when there is no such claim or `reader` may not read it.
 */
export async function getClaimSourcing(db: Db, claimId: string, reader: Reader): Promise<ClaimPageSourcing> {
  const read = await readClaimText(db, claimId, reader);
  // An unpublished claim does not exist for readers outside its workspace, like a draft article.
  if (!read) throw new AppError("NOT_FOUND", `no claim ${claimId}`);
  const answer = answerClaim(read.claim);
  // Its sources with their standing notes, so the claim's page says what the article's panel
  // says about a corrected or retracted one.
  return { ...answer.claim, article: read.article, sources: sortedSourcesOf(answer) };
}

// Kept beside each answer while the answer is kept: the same frozen list for every read of it.
const sortedSources = new WeakMap<ClaimAnswer, readonly SourceDetail[]>();

function sortedSourcesOf(answer: ClaimAnswer): SourceDetail[] {
  let sources = sortedSources.get(answer);
  if (!sources) {
    sources = Object.freeze([...answer.sources].sort((a, b) => byName.compare(a.name, b.name)));
    sortedSources.set(answer, sources);
  }
  return sources as SourceDetail[];
}
