// The public list of published articles, one page at a time: the newest at /, the older ones
// at /latest/<cursor> (a path, not a query string, so every page can be served from the cache).
import Link from "next/link";
import type { ArticleSummaryPage } from "@/lib/articles/schemas";
import { countNoun } from "@/lib/count-noun";

export function ArticleListView({ page, firstPage }: { page: ArticleSummaryPage; firstPage: boolean }) {
  return (
    <main>
      <h1>{firstPage ? "Articles" : "Older articles"}</h1>
      <p className="meta">
        Each published article with every claim traced back to where it came from: first-hand, second-hand, or not
        attributed at all.
      </p>
      {page.items.length === 0 ? (
        <p>No published articles {firstPage ? "yet" : "before these"}.</p>
      ) : (
        <ul className="articles">
          {page.items.map((article) => (
            <li key={article.id}>
              <Link href={`/articles/${article.slug}`} prefetch={false}>
                {article.title}
              </Link>
              <br />
              <span className="meta">
                {article.publisher ? `${article.publisher} · ` : ""}
                {article.publishedAt ? `${article.publishedAt.slice(0, 10)} · ` : ""}
                {countNoun(article.claimCount, "claim")}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="page-links">
        {firstPage ? null : (
          <Link href="/" prefetch={false}>
            Newest articles
          </Link>
        )}
        {!firstPage && page.nextCursor ? " · " : null}
        {page.nextCursor ? (
          <Link href={`/latest/${page.nextCursor}`} prefetch={false} rel="next">
            Older articles →
          </Link>
        ) : null}
      </p>
    </main>
  );
}
