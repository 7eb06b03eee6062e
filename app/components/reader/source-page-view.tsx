// A source's public page, one page of its claims at a time: the first page at /sources/<id>,
// the next ones at /sources/<id>/after/<last claim id> (a path, not a query string, so every
// page can be served from the page cache).
import type { Metadata } from "next";
import Link from "next/link";
import type { SourcePage as SourcePageData } from "@/lib/sourcing/schemas";
import { stateClaim } from "@/lib/words/claim-statement";
import {
  DIRECTNESS_WORDS,
  describeStanding,
  SOURCE_ROLE_WORDS,
  SOURCE_TYPE_WORDS,
  STANDING_EFFECT_WORDS,
} from "@/lib/words/display-words";
import { capitalize, pluralize } from "@/lib/words/phrasing";

type SourceClaim = SourcePageData["claims"][number];

function describeSource(page: SourcePageData, firstPage: boolean): string {
  const standing = describeStanding(page.source.standing);
  const count =
    firstPage && !page.nextCursor
      ? pluralize(page.claims.length, "published claim", "published claims")
      : `more than ${pluralize(page.claims.length, "published claim", "published claims")}`;
  return `${capitalize(SOURCE_TYPE_WORDS[page.source.type])}${standing ? `, ${standing}` : ""}: takes part in ${count}.`;
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
      <p className="meta source-kind">{capitalize(SOURCE_TYPE_WORDS[source.type])}</p>
      <h1>{source.name}</h1>
      {standing ? (
        <p className={`standing-note standing-${source.standing.toLowerCase()}`} data-standing={source.standing}>
          <strong>{capitalize(standing)}.</strong>{" "}
          {source.standing === "ACTIVE" ? null : STANDING_EFFECT_WORDS[source.standing]}
          {source.standingNote ? ` ${source.standingNote}` : ""}
        </p>
      ) : (
        <p className="meta">Not corrected or retracted.</p>
      )}
      {source.publicNote ? <p>{source.publicNote}</p> : null}
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
            In{" "}
            <Link href={`/articles/${slug}`} prefetch={false}>
              {group.title}
            </Link>
          </h3>
          <ul className="source-claims">
            {group.claims.map((claim) => (
              <li key={claim.claimId} data-claim-id={claim.claimId}>
                <p>
                  <Link href={`/claims/${claim.claimId}`} prefetch={false}>
                    {stateClaim(claim).text}
                  </Link>
                </p>
                <p className="meta">
                  Its part: {claim.roles.map((role) => SOURCE_ROLE_WORDS[role]).join("; ")} ·{" "}
                  {capitalize(DIRECTNESS_WORDS[claim.directness])} sourcing
                </p>
                <p className="provenance-summary">{claim.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {page.nextCursor ? (
        <p className="page-links">
          <Link href={`/sources/${source.id}/after/${page.nextCursor}`} prefetch={false} rel="next">
            More claims it takes part in →
          </Link>
        </p>
      ) : null}
    </main>
  );
}
