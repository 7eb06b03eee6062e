// The article's text with every claim highlighted as a link to its sourcing panel, which sits
// after the claim's paragraph and shows while it is the page's :target (sourcing-panel.tsx).
import { Fragment } from "react";
import { splitIntoSegments } from "@/lib/articles/split-into-segments";
import { labelClaim } from "@/lib/reader/label-claim";
import type { SourceDetail } from "@/lib/sourcing/schemas";
import { ClaimBadge } from "./claim-badge";
import type { ReaderClaim } from "./reader-claim";
import { SourcingPanel } from "./sourcing-panel";

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
