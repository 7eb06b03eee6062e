// The article's text with every claim highlighted as a link to its sourcing panel in the list
// after the text (claim-list.tsx); the panel links back. Rendered inside article-reading.tsx.
import { Fragment } from "react";
import { splitIntoSegments } from "@/lib/articles/split-into-segments";
import { labelClaim } from "@/lib/reader/label-claim";
import { ClaimBadge } from "./claim-badge";
import { type PageClaim, quoteOf } from "./page-claim";

export function ArticleText({ body, claims }: { body: string; claims: PageClaim[] }) {
  const paragraphs = splitIntoSegments(body, claims);
  const numberById = new Map(claims.map((claim, index) => [claim.id, index + 1]));
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const anchored = new Set<string>();
  return (
    <div className="article-body">
      {paragraphs.map((paragraph, p) => (
        <p key={p}>
          {paragraph.map((segment, s) => {
            const claim = segment.claimId ? byId.get(segment.claimId) : undefined;
            if (!claim) return <Fragment key={s}>{segment.text}</Fragment>;
            const first = !anchored.has(claim.id);
            anchored.add(claim.id);
            return (
              <a
                key={s}
                id={first ? `claim-${claim.id}` : undefined}
                href={`#sourcing-${claim.id}`}
                className={`claim strength-${claim.strength}`}
                aria-label={labelClaim(numberById.get(claim.id)!, claim.strength, quoteOf(claim, body))}
                data-strength={claim.strength}
                tabIndex={first ? undefined : -1}
              >
                {first ? <ClaimBadge strength={claim.strength} /> : null}
                {segment.text}
              </a>
            );
          })}
        </p>
      ))}
    </div>
  );
}
