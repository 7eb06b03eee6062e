// What an annotation records about a claim's primary record (docs/ANNOTATION-FORMAT.md). The
// explicit `primary_record` wins, with `primary_evidence` kept word for word as its note (what
// the annotation export writes, so a round trip gives back exactly what was stored). Without it,
// only `primary_evidence` opening with explicit words counts: "available …" or "yes …" is
// available, "not available …", "unavailable", "none", "no …", "nothing …" is not,
// "unknown …", "unclear …", "n/a" is unknown. Any other text ("recording of the call has not
// been released") does not say, so it is recorded as unknown and flagged for the editor to
// answer: a description is never read as "available".
import type { PrimaryRecord } from "../vocabulary";

export const PRIMARY_RECORD_STATES = ["available", "not_available", "unknown"] as const;
export type PrimaryRecordWord = (typeof PRIMARY_RECORD_STATES)[number];

export type PrimaryEvidence = {
  state: PrimaryRecord;
  note: string | null;
  /** The text says nothing the reading rule above can tell: recorded unknown, the editor asked. */
  unclear: boolean;
};

const STATE: Record<PrimaryRecordWord, PrimaryRecord> = {
  available: "AVAILABLE",
  not_available: "NOT_AVAILABLE",
  unknown: "UNKNOWN",
};

const OPENINGS: Array<[RegExp, PrimaryRecord]> = [
  [/^(not available|unavailable|none|no|nothing)\b/, "NOT_AVAILABLE"],
  [/^(unknown|not known|unclear|n\/a)(\b|$)/, "UNKNOWN"],
  [/^(available|yes)\b/, "AVAILABLE"],
];

/** `recorded`: the claim's `primary_record`; `text`: its `primary_evidence`. */
export function readPrimaryEvidence(text: string | undefined, recorded?: PrimaryRecordWord): PrimaryEvidence {
  if (recorded) return { state: STATE[recorded], note: text ? text : null, unclear: false };
  const trimmed = (text ?? "").trim();
  const lower = trimmed.toLowerCase();
  if (lower === "" || lower === "unknown") return { state: "UNKNOWN", note: null, unclear: false };
  const opening = OPENINGS.find(([pattern]) => pattern.test(lower));
  if (opening) return { state: opening[1], note: trimmed, unclear: false };
  return { state: "UNKNOWN", note: trimmed, unclear: true };
}
