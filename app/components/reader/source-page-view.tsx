// A source's public page, one page of its claims at a time: the first page at /sources/<id>,
// the next ones at /sources/<id>/after/<last claim id> (a path, not a query string, so every
// page can be served from the page cache).
import type { Metadata } from "next";
import Link from "next/link";
import { describeRole, describeSourceType, describeStanding, pluralize, wrapQuote } from "@/lib/reader/reader-words";
import type { SourcePage as SourcePageData } from "@/lib/sourcing/schemas";

type SourceClaim = SourcePageData["claims"][number];

const DIRECTNESS_WORDS = { direct: "Direct", indirect: "Indirect", unattributed: "Unattributed" } as const;

function describeSource(page: SourcePageData, firstPage: boolean): string {
  const standing = describeStanding(page.source.standing);
  const count =
    firstPage && !page.nextCursor
      ? pluralize(page.claims.length, "published claim", "published claims")
      : `more than ${pluralize(page.claims.length, "published claim", "published claims")}`;
  return `${describeSourceType(page.source.type)}${standing ? `, ${standing.toLowerCase()}` : ""}: takes part in ${count}.`;
}

export function sourcePageMetadata(page: SourcePageData, publicUrl: string, firstPage: boolean): Metadata {
  return {
    title: page.source.name,
    description: describeSource(page, firstPage),
    openGraph: {
      type: "article",
      title: page.source.name,
      description: describeSource(page, firstPage),
      url: `${publicUrl}/sources/${page.source.id}`,
      siteName: "Claimtrail",
    },
  };
}

function claimsHeading(page: SourcePageData, firstPage: boolean): string {
  if (!firstPage) return "More claims it takes part in";
  if (page.claims.length === 0) return "No published claim rests on it";
  if (page.nextCursor) return `The first ${page.claims.length} claims it takes part in`;
  return `The ${pluralize(page.claims.length, "claim", "claims")} it takes part in`;
}

export function SourcePageView({ page, firstPage }: { page: SourcePageData; firstPage: boolean }) {
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
      <h2>{claimsHeading(page, firstPage)}</h2>
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
      {page.nextCursor ? (
        <p className="page-links">
          <Link href={`/sources/${source.id}/after/${page.nextCursor}`} rel="next">
            More claims it takes part in →
          </Link>
        </p>
      ) : null}
    </main>
  );
}
