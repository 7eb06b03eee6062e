// One claim's stable page: the claim in its paragraph, its sourcing in words and as a diagram,
// and every hop with its evidence.
import type { Metadata } from "next";
import Link from "next/link";
import { toChainDiagram } from "@/lib/reader/chain-diagram";
import { toClaimPageJsonLd } from "@/lib/reader/claim-review-json-ld";
import { classifyClaim, STRENGTH_INFO } from "@/lib/reader/claim-strength";
import { quoteInContext } from "@/lib/reader/quote-in-context";
import { stateClaim } from "@/lib/words/claim-statement";
import { shorten } from "@/lib/words/phrasing";
import { baseUrlOfPage } from "@/server/http/public-base-url";
import { ClaimBadge } from "../../components/reader/claim-badge";
import { ClaimSourcingDetails } from "../../components/reader/claim-sourcing";
import { ClaimStatement } from "../../components/reader/claim-statement";
import { HopsTable } from "../../components/reader/hops-table";
import { loadArticle, loadClaimSourcing } from "../../components/reader/load-reader-data";
import { StandingNotes } from "../../components/reader/standing-notes";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await loadClaimSourcing((await params).id);
  const statement = stateClaim({ ...claim, speakerName: claim.speaker?.name ?? null });
  const short = shorten(statement.text, 90);
  // A shortened direct quote keeps its closing quotation mark.
  const title = `${statement.quoted && short !== statement.text ? `${short}”` : short}: where it comes from`;
  return {
    title,
    description: claim.provenance.summary,
    openGraph: {
      type: "article",
      title,
      description: claim.provenance.summary,
      url: `${await baseUrlOfPage()}/claims/${claim.id}`,
      siteName: "Claimtrail",
    },
  };
}

export default async function ClaimPage({ params }: Props) {
  const claim = await loadClaimSourcing((await params).id);
  const article = await loadArticle(claim.article.slug);
  const number = article.claims.findIndex((candidate) => candidate.id === claim.id) + 1;
  const strength = classifyClaim(claim);
  const context = quoteInContext(article.body, claim);
  const back = `/articles/${claim.article.slug}#claim-${claim.id}`;
  const jsonLd = toClaimPageJsonLd(claim, article, await baseUrlOfPage());
  // The sources the claim rests on (its chain), as the article's panel lists them.
  const sourceById = new Map(claim.sources.map((source) => [source.id, source]));
  return (
    <main className="reader wide">
      <p className="breadcrumb">
        <Link href={back} prefetch={false}>
          ← Back to the claim in “{claim.article.title}”
        </Link>
      </p>
      <h1>Claim {number > 0 ? `${number} of ${article.claims.length}` : ""}: where it comes from</h1>
      <p className="claim-statement">
        <ClaimStatement claim={{ ...claim, speakerName: claim.speaker?.name ?? null }} />
      </p>
      <figure className="quote-in-context">
        <blockquote>
          <p>
            {context.before}
            <mark className={`claim strength-${strength}`}>
              <span className="visually-hidden">{STRENGTH_INFO[strength].label} claim: </span>
              <ClaimBadge strength={strength} />
              {context.quote}
            </mark>
            {context.after}
          </p>
        </blockquote>
        <figcaption className="meta">
          {claim.speaker
            ? `${claim.stance === "DENIES" ? "Denied by" : "Attributed to"} ${claim.speaker.name}`
            : "Not attributed to anyone"}
          {claim.cue ? ` · the article says: “${claim.cue}”` : ""} · from{" "}
          <Link href={`/articles/${claim.article.slug}`} prefetch={false}>
            {claim.article.title}
          </Link>
        </figcaption>
      </figure>
      <StandingNotes sources={claim.graph.sources.flatMap((source) => sourceById.get(source.id) ?? [])} />
      <section aria-labelledby="sourcing-title">
        <h2 id="sourcing-title">Its sourcing</h2>
        <ClaimSourcingDetails claim={claim} strength={strength} />
      </section>
      {claim.hops.length > 0 ? (
        <section aria-labelledby="hops-heading">
          <h2 id="hops-heading">Hops and evidence</h2>
          <HopsTable
            hops={claim.hops}
            standings={new Map(toChainDiagram(claim).edges.map((edge) => [edge.id, edge.standing]))}
          />
        </section>
      ) : null}
      <p className="page-links">
        <Link href={back} prefetch={false}>
          Read this claim in the article
        </Link>
      </p>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD built by toClaimPageJsonLd, which escapes "<" so the text cannot close the script */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
    </main>
  );
}
