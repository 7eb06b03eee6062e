// One claim's panel on the article page, shown while it is the page's :target (no JavaScript
// needed): the claim as its speaker's statement, notes on corrected or retracted sources, and its
// sourcing in a few lines. The chain, its hops and the diagram are on the claim page it links
// to, so the article page carries none of them (its weight stays small at 50 claims and more).
import Link from "next/link";
import type { SourceDetail } from "@/lib/sourcing/schemas";
import { ClaimBadge } from "./claim-badge";
import { ClaimSourcingBrief } from "./claim-sourcing-brief";
import { ClaimStatement } from "./claim-statement";
import type { ReaderClaim } from "./reader-claim";
import { StandingNotes } from "./standing-notes";

/** `sources`: the claim's sources, for the notes on corrected or retracted ones. */
export function SourcingPanel({
  view: { claim, number, strength },
  sources,
}: {
  view: ReaderClaim;
  sources: readonly SourceDetail[];
}) {
  const statement = <ClaimStatement claim={{ ...claim, speakerName: claim.speaker?.name ?? null }} />;
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
        <blockquote className="panel-quote">{statement}</blockquote>
      ) : (
        <p className="panel-quote">{statement}</p>
      )}
      <StandingNotes sources={sources} />
      <div className="claim-sourcing">
        <ClaimSourcingBrief claim={claim} strength={strength} />
      </div>
      <p className="panel-links">
        <Link href={`/claims/${claim.id}`} prefetch={false}>
          The chain as a diagram, every hop and its evidence
        </Link>
      </p>
    </section>
  );
}
