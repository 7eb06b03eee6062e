import { STRENGTH_INFO, type Strength } from "@/lib/reader/claim-strength";

/** The letter that marks a claim's class next to its colour (hidden from screen readers, which hear the label). */
export function ClaimBadge({ strength }: { strength: Strength }) {
  return (
    <span className={`claim-badge strength-${strength}`} aria-hidden="true">
      {STRENGTH_INFO[strength].letter}
    </span>
  );
}
