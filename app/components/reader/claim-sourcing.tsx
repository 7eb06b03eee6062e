// What a reader learns about one claim's sourcing on the claim page: plain words first, then the
// analysis' summary and figures, then the chain as a diagram and text. The article's panel shows
// the first part only (claim-sourcing-brief.tsx) and links here.

import { type DiagrammableClaim, describeChainPaths, toChainDiagram } from "@/lib/reader/chain-diagram";
import type { Strength } from "@/lib/reader/claim-strength";
import { layoutChain } from "@/lib/reader/layout-chain";
import type { ClaimSourcing } from "@/lib/sourcing/schemas";
import { ARTICLE_WORDS, PRIMARY_RECORD_STATE_WORDS } from "@/lib/words/display-words";
import { formatPercent } from "@/lib/words/phrasing";
import { ChainDiagram } from "./chain-diagram";
import { ChainPaths } from "./chain-paths";
import { ClaimSourcingBrief } from "./claim-sourcing-brief";

type Props = {
  claim: Pick<ClaimSourcing, "id" | "status" | "graph" | "provenance"> & Pick<DiagrammableClaim, "unfinishedHopIds">;
  strength: Strength;
};

/** Its headings are h3: the claim page's section heading is the h2 above. */
export function ClaimSourcingDetails({ claim, strength }: Props) {
  const { provenance } = claim;
  const diagram = toChainDiagram(claim);
  const paths = describeChainPaths(claim);
  return (
    <div className="claim-sourcing">
      <ClaimSourcingBrief claim={claim} strength={strength} />
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
        </dl>
      )}
      {diagram.nodes.length > 0 ? (
        <>
          <h3>The chain, from its origin to this article</h3>
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
