import { STRENGTH_INFO, STRENGTHS, type Strength } from "@/lib/reader/claim-strength";
import { ClaimBadge } from "./claim-badge";

export function StrengthLegend({ counts }: { counts: Record<Strength, number> }) {
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">How claims are marked</h2>
      <ul>
        {STRENGTHS.map((strength) => (
          <li key={strength} data-strength={strength}>
            <span className={`claim legend-sample strength-${strength}`}>
              <ClaimBadge strength={strength} />
              {STRENGTH_INFO[strength].label}
            </span>{" "}
            <span className="legend-count">({counts[strength]})</span>: {STRENGTH_INFO[strength].description}.
          </li>
        ))}
      </ul>
      <p className="meta">
        Select a marked claim to see where it came from. Tab moves from one claim to the next (with JavaScript on, so do
        the j and k keys).
      </p>
    </section>
  );
}
