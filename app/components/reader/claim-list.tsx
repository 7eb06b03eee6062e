// Every claim in reading order with its sourcing in words: the whole picture without opening a panel.
import Link from "next/link";
import { STRENGTH_INFO } from "@/lib/reader/claim-strength";
import { describeIndirectReporting } from "@/lib/reader/describe-indirect-reporting";
import { ClaimBadge } from "./claim-badge";
import { ClaimStatement } from "./claim-statement";
import type { ReaderClaim } from "./reader-claim";

export function ClaimList({ claims }: { claims: ReaderClaim[] }) {
  return (
    <section aria-labelledby="claims-title">
      <h2 id="claims-title">Every claim, in reading order</h2>
      <ol className="claims">
        {claims.map(({ claim, number, strength }) => {
          const plainWords = describeIndirectReporting(claim);
          return (
            <li key={claim.id} data-claim-id={claim.id} data-strength={strength}>
              <p className="claim-line">
                <ClaimBadge strength={strength} />
                <a href={`#claim-${claim.id}`}>Claim {number}</a>{" "}
                <span className="strength-label">{STRENGTH_INFO[strength].label}</span>{" "}
                <ClaimStatement claim={{ ...claim, speakerName: claim.speaker?.name ?? null }} />
              </p>
              {plainWords ? <p className="plain-words">{plainWords}</p> : null}
              <p className="provenance-summary">
                {claim.provenance.summary}{" "}
                <Link href={`/claims/${claim.id}`} prefetch={false}>
                  Sourcing and evidence
                </Link>
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
