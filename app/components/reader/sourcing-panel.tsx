// One claim's sourcing on the article page, in the list after the text; outlined while it is the
// page's :target (a highlight in the text links here, "Back to the text" links back; no
// JavaScript needed): the claim as its speaker's statement, notes on corrected or retracted
// sources, its class, plain words and the analysis' one-line summary. The class is explained
// once, in the legend at the top. The chain, its hops and the diagram are on the claim page it
// links to, so the article page carries none of them (its weight stays small at 50 claims).
import Link from "next/link";
import { STRENGTH_INFO } from "@/lib/reader/claim-strength";
import { REVIEW_STATE_WORDS } from "@/lib/words/display-words";
import { ClaimBadge } from "./claim-badge";
import { ClaimStatement } from "./claim-statement";
import { type PageClaim, quoteOf } from "./page-claim";
import { StandingNotes } from "./standing-notes";

/**
 * `mark`: the mark in the text that shows this claim's words: its own, or another claim's when
 * that one's mark covers them (lib/articles/split-into-segments.ts); null when none does.
 */
export function SourcingPanel({
  claim,
  number,
  body,
  mark,
}: {
  claim: PageClaim;
  number: number;
  body: string;
  mark: { id: string; number: number } | null;
}) {
  const statement = (
    <ClaimStatement
      claim={{
        quote: quoteOf(claim, body),
        kind: claim.kind,
        stance: claim.stance,
        speakerName: claim.speakerName ?? null,
      }}
    />
  );
  return (
    <li id={`sourcing-${claim.id}`} className={`sourcing-panel strength-${claim.strength}`} data-claim-id={claim.id}>
      <div className="panel-head">
        <h3>
          <ClaimBadge strength={claim.strength} />
          {` Where claim ${number} comes from`}
        </h3>
        {mark ? (
          <a href={`#claim-${mark.id}`} className="panel-close">
            Back to the text<span className="visually-hidden">{`, at claim ${mark.number}`}</span>
          </a>
        ) : null}
      </div>
      {claim.unpublished ? (
        <p className="meta unpublished-note">
          {`Not published (${REVIEW_STATE_WORDS[claim.unpublished]}): only members of the workspace see this claim.`}
        </p>
      ) : null}
      {mark && mark.id !== claim.id ? (
        <p className="meta">{`Its words are marked in the text as part of claim ${mark.number}.`}</p>
      ) : null}
      {claim.kind === "DIRECT_QUOTE" ? (
        <blockquote className="panel-quote">{statement}</blockquote>
      ) : (
        <p className="panel-quote">{statement}</p>
      )}
      {claim.standing ? <StandingNotes sources={claim.standing} /> : null}
      <p className={`strength-line strength-${claim.strength}`}>
        <strong>{STRENGTH_INFO[claim.strength].label}</strong>
      </p>
      {claim.dispute ? <p className="dispute-note">{claim.dispute}</p> : null}
      {claim.plainWords ? <p className="plain-words">{claim.plainWords}</p> : null}
      <p className="provenance-summary">{claim.summary}</p>
      <p className="panel-links">
        <Link href={`/claims/${claim.id}`} prefetch={false}>
          The chain as a diagram, every hop and its evidence
        </Link>
      </p>
    </li>
  );
}
