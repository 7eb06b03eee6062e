// A claim's sourcing in a few lines: its class, a dispute, plain words and the analysis' one-line
// summary. The article's panel shows only this; the claim page adds the figures and the chain.
import { STRENGTH_INFO, type Strength } from "@/lib/reader/claim-strength";
import { describeDispute } from "@/lib/reader/describe-dispute";
import { describeIndirectReporting } from "@/lib/reader/describe-indirect-reporting";
import type { ClaimSourcing } from "@/lib/sourcing/schemas";

type Props = { claim: Pick<ClaimSourcing, "status" | "graph" | "provenance">; strength: Strength };

export function ClaimSourcingBrief({ claim, strength }: Props) {
  const dispute = describeDispute(claim);
  const plainWords = describeIndirectReporting(claim);
  return (
    <>
      <p className={`strength-line strength-${strength}`}>
        <strong>{STRENGTH_INFO[strength].label}</strong>: {STRENGTH_INFO[strength].description}.
      </p>
      {dispute ? <p className="dispute-note">{dispute}</p> : null}
      {plainWords ? <p className="plain-words">{plainWords}</p> : null}
      <p className="provenance-summary">{claim.provenance.summary}</p>
    </>
  );
}
