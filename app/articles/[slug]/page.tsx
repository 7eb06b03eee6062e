// A published article for readers: its text with every claim marked by how it is sourced, the
// sourcing in figures, each claim's sourcing in the list after the text (its chain on the claim
// page), and downloads. Each claim page embeds its own ClaimReview JSON-LD.
import type { Metadata } from "next";
import { countSourcing } from "@/lib/reader/count-sourcing";
import { pluralize } from "@/lib/words/phrasing";
import { baseUrlOfPage } from "@/server/http/public-base-url";
import { ArticleReading } from "../../components/reader/article-reading";
import { ClaimKeys } from "../../components/reader/claim-keys";
import { CorrectionNotices } from "../../components/reader/correction-notices";
import { ExportLinks } from "../../components/reader/export-links";
import { loadArticleSourcing, loadCorrections } from "../../components/reader/load-reader-data";
import { toPageClaims } from "../../components/reader/page-claim";
import { SourcingSummary } from "../../components/reader/sourcing-summary";
import { StrengthLegend } from "../../components/reader/strength-legend";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article, claims } = await loadArticleSourcing((await params).slug);
  const counts = countSourcing(claims);
  const description = `${pluralize(counts.claims, "claim", "claims")} traced to their sources: ${counts.indirect} rest on indirect reporting, ${counts.noPrimaryRecord} have no primary record.`;
  return {
    title: article.title,
    description,
    openGraph: {
      type: "article",
      title: article.title,
      description,
      url: `${await baseUrlOfPage()}/articles/${article.slug}`,
      siteName: "Claimtrail",
      ...(article.publishedAt ? { publishedTime: article.publishedAt } : {}),
    },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const [sourcing, corrections] = await Promise.all([loadArticleSourcing(slug), loadCorrections(slug)]);
  const { article } = sourcing;
  const counts = countSourcing(sourcing.claims);
  return (
    <main className="reader">
      <ArticleReading body={article.body} claims={toPageClaims(sourcing)}>
        <header className="article-head">
          <h1>{article.title}</h1>
          <p className="meta">
            {[article.publisher, article.publishedAt?.slice(0, 10), pluralize(counts.claims, "claim", "claims")]
              .filter(Boolean)
              .join(" · ")}
            {article.url ? (
              <>
                {" · "}
                <a href={article.url}>Original publication</a>
              </>
            ) : null}
          </p>
        </header>
        <CorrectionNotices {...corrections} />
        <SourcingSummary counts={counts} />
        <StrengthLegend counts={counts.byStrength} />
      </ArticleReading>
      <ExportLinks slug={article.slug} />
      <ClaimKeys />
    </main>
  );
}
