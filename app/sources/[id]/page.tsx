// A source's page: what it is, whether it has been corrected or retracted, and every published
// claim it takes part in, with the part it plays.
import type { Metadata } from "next";
import Link from "next/link";
import { describeRole, describeSourceType, describeStanding, pluralize, wrapQuote } from "@/lib/reader/reader-words";
import type { SourcePage as SourcePageData } from "@/lib/sourcing/schemas";
import { env } from "@/server/env";
import { loadSourcePage } from "../../components/reader/load-reader-data";

type Props = { params: Promise<{ id: string }> };
type SourceClaim = SourcePageData["claims"][number];

const DIRECTNESS_WORDS = { direct: "Direct", indirect: "Indirect", unattributed: "Unattributed" } as const;

function describeSource(page: SourcePageData): string {
  const standing = describeStanding(page.source.standing);
  return `${describeSourceType(page.source.type)}${standing ? `, ${standing.toLowerCase()}` : ""}: takes part in ${pluralize(page.claims.length, "published claim", "published claims")}.`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadSourcePage((await params).id);
  return {
    title: page.source.name,
    description: describeSource(page),
    openGraph: {
      type: "article",
      title: page.source.name,
      description: describeSource(page),
      url: `${env().publicUrl}/sources/${page.source.id}`,
      siteName: "Claimtrail",
    },
  };
}

export default async function SourcePage({ params }: Props) {
  const page = await loadSourcePage((await params).id);
  const { source } = page;
  const standing = describeStanding(source.standing);
  const byArticle = new Map<string, { title: string; claims: SourceClaim[] }>();
  for (const claim of page.claims) {
    const group = byArticle.get(claim.article.slug) ?? { title: claim.article.title, claims: [] };
    group.claims.push(claim);
    byArticle.set(claim.article.slug, group);
  }
  return (
    <main className="reader">
      <p className="meta source-kind">{describeSourceType(source.type)}</p>
      <h1>{source.name}</h1>
      {standing ? (
        <p className={`standing-note standing-${source.standing.toLowerCase()}`} data-standing={source.standing}>
          <strong>{standing}.</strong>{" "}
          {source.standing === "RETRACTED"
            ? "Claims that rest on it no longer count it as support."
            : "Claims that rest on it give it half the weight."}
          {source.standingNote ? ` ${source.standingNote}` : ""}
        </p>
      ) : (
        <p className="meta">Not corrected or retracted.</p>
      )}
      {source.notes ? <p>{source.notes}</p> : null}
      {source.url ? (
        <p>
          <a href={source.url} rel="noopener noreferrer">
            {source.url}
          </a>
        </p>
      ) : null}
      <h2>
        {page.claims.length === 0
          ? "No published claim rests on it"
          : `The ${pluralize(page.claims.length, "claim", "claims")} it takes part in`}
      </h2>
      {[...byArticle].map(([slug, group]) => (
        <section key={slug} className="source-article" aria-labelledby={`article-${slug}`}>
          <h3 id={`article-${slug}`}>
            In <Link href={`/articles/${slug}`}>{group.title}</Link>
          </h3>
          <ul className="source-claims">
            {group.claims.map((claim) => (
              <li key={claim.claimId} data-claim-id={claim.claimId}>
                <p>
                  <Link href={`/claims/${claim.claimId}`}>{wrapQuote(claim.quote)}</Link>
                </p>
                <p className="meta">
                  Its part: {claim.roles.map(describeRole).join("; ")} · {DIRECTNESS_WORDS[claim.directness]} sourcing
                </p>
                <p className="provenance-summary">{claim.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
