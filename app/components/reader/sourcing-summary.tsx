import type { SourcingCounts } from "@/lib/reader/count-sourcing";
import { pluralize } from "@/lib/words/phrasing";

/** The article's sourcing in four figures; each says exactly what it counts. */
export function SourcingSummary({ counts }: { counts: SourcingCounts }) {
  return (
    <section className="sourcing-summary" aria-labelledby="summary-title">
      <h2 id="summary-title">How this article is sourced</h2>
      <ul>
        <li data-figure="claims">
          <strong>{counts.claims}</strong> {counts.claims === 1 ? "claim is" : "claims are"} marked in the text
          {counts.unattributed > 0 ? `, ${counts.unattributed} of them stated without naming a source` : ""}.
        </li>
        <li data-figure="indirect">
          <strong>{counts.indirect}</strong> rest on indirect reporting: the claim reached the article through someone
          else, not from its source first-hand.
        </li>
        <li data-figure="no-primary-record">
          <strong>{counts.noPrimaryRecord}</strong> have no primary record: no recording, transcript or document of the
          original words is available.
        </li>
        <li data-figure="single-source">
          <strong>{counts.singleSource}</strong> of the{" "}
          {pluralize(counts.attributed, "attributed claim", "attributed claims")} are single-source: they reach the
          article by one independent line of sourcing. Several reports that share a source upstream count as one line.
        </li>
      </ul>
    </section>
  );
}
