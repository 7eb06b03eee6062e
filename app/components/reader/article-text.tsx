// The article's text with every claim highlighted as a link to its sourcing panel, which sits
// after the claim's paragraph and shows while it is the page's :target: no JavaScript needed.
import Link from "next/link";
import { Fragment } from "react";
import { splitIntoSegments } from "@/lib/articles/split-into-segments";
import { labelClaim } from "@/lib/reader/label-claim";
import type { SourceDetail } from "@/lib/sourcing/schemas";
import { ClaimBadge } from "./claim-badge";
import { ClaimSourcingDetails } from "./claim-sourcing";
import { ClaimStatement } from "./claim-statement";
import type { ReaderClaim } from "./reader-claim";
import { StandingNotes } from "./standing-notes";

/** `sources`: every source of the article's claims, for the notes on corrected or retracted ones. */
export function ArticleText({
  body,
  claims,
  sources,
}: {
  body: string;
  claims: ReaderClaim[];
  sources: readonly SourceDetail[];
}) {
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const paragraphs = splitIntoSegments(
    body,
    claims.map(({ claim }) => claim),
  );
  const byId = new Map(claims.map((view) => [view.claim.id, view]));
  const anchored = new Set<string>();
  return (
    <div className="article-body">
      {paragraphs.map((paragraph, p) => {
        const opened: ReaderClaim[] = [];
        const text = paragraph.map((segment, s) => {
          const view = segment.claimId ? byId.get(segment.claimId) : undefined;
          if (!view) return <span key={s}>{segment.text}</span>;
          const first = !anchored.has(view.claim.id);
          if (first) {
            anchored.add(view.claim.id);
            opened.push(view);
          }
          return (
            <a
              key={s}
              id={first ? `claim-${view.claim.id}` : undefined}
              href={`#sourcing-${view.claim.id}`}
              className={`claim strength-${view.strength}`}
              aria-label={labelClaim(view.number, view.strength, view.claim.quote)}
              data-claim-id={view.claim.id}
              data-strength={view.strength}
              tabIndex={first ? undefined : -1}
            >
              {first ? <ClaimBadge strength={view.strength} /> : null}
              {segment.text}
            </a>
          );
        });
        return (
          <Fragment key={p}>
            <p>{text}</p>
            {opened.map((view) => (
              <SourcingPanel
                key={view.claim.id}
                view={view}
                sources={view.claim.graph.sources.flatMap((source) => sourceById.get(source.id) ?? [])}
              />
            ))}
          </Fragment>
        );
      })}
    </div>
  );
}

function SourcingPanel({
  view: { claim, number, strength },
  sources,
}: {
  view: ReaderClaim;
  sources: readonly SourceDetail[];
}) {
  return (
    <section
      id={`sourcing-${claim.id}`}
      className={`sourcing-panel strength-${strength}`}
      aria-labelledby={`sourcing-${claim.id}-title`}
      data-claim-id={claim.id}
    >
      <div className="panel-head">
        <h3 id={`sourcing-${claim.id}-title`}>
          <ClaimBadge strength={strength} /> Where claim {number} comes from
        </h3>
        <a href={`#claim-${claim.id}`} className="panel-close">
          Close<span className="visually-hidden">, back to claim {number} in the text</span>
        </a>
      </div>
      {claim.kind === "DIRECT_QUOTE" ? (
        <blockquote className="panel-quote">
          <ClaimStatement claim={{ ...claim, speakerName: claim.speaker?.name ?? null }} />
        </blockquote>
      ) : (
        <p className="panel-quote">
          <ClaimStatement claim={{ ...claim, speakerName: claim.speaker?.name ?? null }} />
        </p>
      )}
      <StandingNotes sources={sources} />
      <ClaimSourcingDetails claim={claim} strength={strength} headingLevel={4} />
      <p className="panel-links">
        <Link href={`/claims/${claim.id}`}>Every hop of this claim and its evidence</Link>
      </p>
    </section>
  );
}
