import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { splitIntoSegments } from "@/lib/articles/split-into-segments";
import { getServerCaller } from "@/server/trpc/caller";

type Props = { params: Promise<{ slug: string }> };

async function loadArticle(slug: string) {
  await connection();
  try {
    return await (await getServerCaller()).articles.bySlug({ slug });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).slug);
  return { title: article.title };
}

export default async function ArticlePage({ params }: Props) {
  const article = await loadArticle((await params).slug);
  const paragraphs = splitIntoSegments(article.body, article.claims);
  const numberOf = new Map(article.claims.map((claim, index) => [claim.id, index + 1]));
  return (
    <main>
      <h1>{article.title}</h1>
      <p className="meta">
        {[article.publisher, article.publishedAt?.slice(0, 10), `${article.claims.length} claims`]
          .filter(Boolean)
          .join(" · ")}
      </p>
      <div className="article-body">
        {paragraphs.map((paragraph, p) => (
          <p key={p}>
            {paragraph.map((segment, s) =>
              segment.claimId ? (
                <mark key={s} className="claim" id={`claim-${segment.claimId}`} title={`Claim ${numberOf.get(segment.claimId)}`} data-claim-id={segment.claimId}>
                  {segment.text}
                </mark>
              ) : (
                <span key={s}>{segment.text}</span>
              ),
            )}
          </p>
        ))}
      </div>
      <h2>Claims</h2>
      <ol className="claims">
        {article.claims.map((claim) => (
          <li key={claim.id} data-claim-id={claim.id}>
            <span className="tag">{claim.kind.toLowerCase().replace("_", " ")}</span>
            <span className="tag">{claim.status.toLowerCase()}</span>
            {claim.speaker ? <strong>{claim.speaker.name}: </strong> : <strong>Unattributed: </strong>}
            {claim.quote}
            {claim.cue ? <span className="meta"> — cue: “{claim.cue}”</span> : null}
          </li>
        ))}
      </ol>
    </main>
  );
}
