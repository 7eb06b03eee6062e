// The attribution-confidence rubric for hops (docs/PROVENANCE.md), as data for the UI slider.
import { AppError } from "../errors";

export type ConfidenceLevel = { value: number; label: string; meaning: string };

export const CONFIDENCE_RUBRIC: ConfidenceLevel[] = [
  { value: 1, label: "On record", meaning: "The claim is in a record we hold: a recording, transcript or document." },
  { value: 0.9, label: "First-hand", meaning: "First-hand, from a named teller." },
  { value: 0.75, label: "Outlet's report", meaning: "Second-hand, through an established outlet's report." },
  { value: 0.5, label: "Unverified", meaning: "Second-hand and unverified, or a single unnamed source." },
  { value: 0.25, label: "Hearsay", meaning: "Hearsay, or an anonymous chain." },
  { value: 0, label: "Contradicted", meaning: "Contradicted by better evidence." },
];

const TIE_TOLERANCE = 1e-9;

/** The label of the nearest rubric level; halfway between two levels reads as the lower one. */
export function describeConfidence(value: number): string {
  if (!Number.isFinite(value)) throw new AppError("INVALID", `Confidence must be a number from 0 to 1, not ${value}.`);
  const clamped = Math.min(1, Math.max(0, value));
  let nearest = CONFIDENCE_RUBRIC[0]!;
  for (const level of CONFIDENCE_RUBRIC) {
    const gap = Math.abs(level.value - clamped);
    const nearestGap = Math.abs(nearest.value - clamped);
    if (
      gap < nearestGap - TIE_TOLERANCE ||
      (Math.abs(gap - nearestGap) <= TIE_TOLERANCE && level.value < nearest.value)
    ) {
      nearest = level;
    }
  }
  return nearest.label;
}

/** Three decimals at most, no trailing zeros: 0.75 → "0.75", 0.12345 → "0.123". */
export function formatConfidence(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
