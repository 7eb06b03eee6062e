// The derived sourcing of a claim, in the words docs/PROVENANCE.md defines.
import type { ClaimProvenance } from "@/lib/provenance/claim-provenance";

const PRIMARY_RECORD = { available: "available", not_available: "not available", unknown: "unknown" } as const;

export function ProvenanceSummary({ provenance, caption }: { provenance: ClaimProvenance; caption?: string }) {
  return (
    <dl className="provenance" aria-label={caption ?? "Derived sourcing"}>
      {caption ? <dt className="caption">{caption}</dt> : null}
      <dt>Directness</dt>
      <dd>
        <span className={`badge directness-${provenance.directness}`} data-testid="directness">
          {provenance.directness}
        </span>
      </dd>
      <dt>Hops to origin</dt>
      <dd>{provenance.hopsToOrigin ?? "—"}</dd>
      <dt>Independent paths</dt>
      <dd data-testid="independent-paths">{provenance.independentPaths}</dd>
      <dt>Primary record</dt>
      <dd>{PRIMARY_RECORD[provenance.primaryRecord]}</dd>
      <dt>Confidence</dt>
      <dd>{Math.round(provenance.confidence * 100)}%</dd>
      {provenance.weakestLink ? (
        <>
          <dt>Weakest link</dt>
          <dd>
            {provenance.weakestLink.fromName} → {provenance.weakestLink.toName ?? "this article"}:{" "}
            {provenance.weakestLink.reason}
          </dd>
        </>
      ) : null}
      <dt>Summary</dt>
      <dd data-testid="summary">{provenance.summary}</dd>
    </dl>
  );
}
