// What a reader learns about one claim's sourcing, in the article's panel and on the claim page:
// plain words first, then the analysis' summary and figures, then the chain as a diagram and text.

import { type DiagrammableClaim, describeChainPaths, toChainDiagram } from "@/lib/reader/chain-diagram";
import { STRENGTH_INFO, type Strength } from "@/lib/reader/claim-strength";
import { describeDispute } from "@/lib/reader/describe-dispute";
import { describeIndirectReporting } from "@/lib/reader/describe-indirect-reporting";
import { layoutChain } from "@/lib/reader/layout-chain";
import type { ClaimSourcing } from "@/lib/sourcing/schemas";
import { ARTICLE_WORDS, PRIMARY_RECORD_STATE_WORDS } from "@/lib/words/display-words";
import { formatPercent } from "@/lib/words/phrasing";
import { ChainDiagram } from "./chain-diagram";
import { ChainPaths } from "./chain-paths";

type Props = {
  claim: Pick<ClaimSourcing, "id" | "status" | "graph" | "provenance"> & Pick<DiagrammableClaim, "unfinishedHopIds">;
  strength: Strength;
  /** The level of the headings inside (the panel's or page's own heading is one above). */
  headingLevel: 3 | 4;
  detailed?: boolean;
};

export function ClaimSourcingDetails({ claim, strength, headingLevel, detailed = false }: Props) {
  const Heading = `h${headingLevel}` as const;
  const { provenance } = claim;
  const dispute = describeDispute(claim);
  const plainWords = describeIndirectReporting(claim);
  const diagram = toChainDiagram(claim);
  const paths = describeChainPaths(claim);
  return (
    <div className="claim-sourcing">
      <p className={`strength-line strength-${strength}`}>
        <strong>{STRENGTH_INFO[strength].label}</strong>: {STRENGTH_INFO[strength].description}.
      </p>
      {dispute ? <p className="dispute-note">{dispute}</p> : null}
      {plainWords ? <p className="plain-words">{plainWords}</p> : null}
      <p className="provenance-summary">{provenance.summary}</p>
      {provenance.directness === "unattributed" ? null : (
        <dl className="facts">
          <div>
            <dt>Confidence</dt>
            <dd>{formatPercent(provenance.confidence)}</dd>
          </div>
          <div>
            <dt>Independent lines of sourcing</dt>
            <dd>{provenance.independentPaths}</dd>
          </div>
          <div>
            <dt>Primary record</dt>
            <dd>{PRIMARY_RECORD_STATE_WORDS[provenance.primaryRecord]}</dd>
          </div>
          {detailed ? (
            <>
              <div>
                <dt>Hops to the origin</dt>
                <dd>{provenance.hopsToOrigin ?? "none"}</dd>
              </div>
              {provenance.weakestLink ? (
                <div>
                  <dt>Weakest link</dt>
                  <dd>
                    {provenance.weakestLink.fromName} → {provenance.weakestLink.toName ?? ARTICLE_WORDS}:{" "}
                    {provenance.weakestLink.reason}
                  </dd>
                </div>
              ) : null}
            </>
          ) : null}
        </dl>
      )}
      {diagram.nodes.length > 0 ? (
        <>
          <Heading>The chain, from its origin to this article</Heading>
          <ChainDiagram
            layout={layoutChain(diagram)}
            label={`Attribution chain: ${paths.map((path) => path.text).join("; ")}`}
          />
          <ChainPaths paths={paths} />
        </>
      ) : null}
    </div>
  );
}
