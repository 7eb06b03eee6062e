import type { SourcingCounts } from "@/lib/reader/count-sourcing";
import { describeSourcingFigures } from "@/lib/reader/describe-sourcing-figures";

/** The article's sourcing in four figures; each says exactly what it counts. */
export function SourcingSummary({ counts }: { counts: SourcingCounts }) {
  return (
    <section className="sourcing-summary" aria-labelledby="summary-title">
      <h2 id="summary-title">How this article is sourced</h2>
      <ul>
        {describeSourcingFigures(counts).map(({ figure, value, words }) => (
          <li key={figure} data-figure={figure}>
            <strong>{value}</strong> {words}
          </li>
        ))}
      </ul>
    </section>
  );
}
