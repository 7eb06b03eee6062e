// Where a source is used: the articles and claims whose chains pass through it or that it speaks,
// is the primary record of or is named in, each linked with its role, one page of
// claims at a time (`?uses=<cursor>` on the source page).
import Link from "next/link";
import type { SourceUsesPage } from "@/lib/sources/rename-and-uses-schemas";
import { joinNames, pluralize } from "@/lib/words/phrasing";

const ROLE_WORDS = {
  from: "passes it on",
  to: "receives it",
  speaker: "is the speaker",
  primary_record: "is the primary record",
  named: "is named",
} as const;

export function WhereUsed({ uses, base, sourceName }: { uses: SourceUsesPage; base: string; sourceName: string }) {
  const workspace = base.replace(/\/sources\/[^/]+$/, "");
  if (uses.claimCount === 0) return <p className="meta">No claim uses {sourceName} yet.</p>;
  const shown = uses.articles.length < uses.articleCount ? ` (the first ${uses.articles.length} by title)` : "";
  return (
    <>
      <p>
        {sourceName} is used by {pluralize(uses.claimCount, "claim", "claims")} in{" "}
        {pluralize(uses.articleCount, "article", "articles")}
        {shown}.
      </p>
      <ul className="plain-list" aria-label={`Articles using ${sourceName}`}>
        {uses.articles.map((article) => (
          <li key={article.id}>
            <Link href={`${workspace}/articles/${article.id}`}>{article.title}</Link>{" "}
            <span className="meta">· {pluralize(article.claims, "claim", "claims")}</span>
          </li>
        ))}
      </ul>
      <ul className="plain-list evidence" aria-label={`Claims using ${sourceName}`}>
        {uses.claims.map((claim) => (
          <li key={claim.id}>
            <Link href={`${workspace}/review/${claim.id}`}>{claim.statement}</Link>{" "}
            <span className="meta">
              in {claim.article.title} · {sourceName} {joinNames(claim.as.map((role) => ROLE_WORDS[role]))}
            </span>
          </li>
        ))}
      </ul>
      {uses.nextCursor ? (
        <p>
          <Link href={`${base}?uses=${encodeURIComponent(uses.nextCursor)}#uses-heading`} rel="next">
            More claims →
          </Link>
        </p>
      ) : null}
    </>
  );
}
