// Whether a primary record of what the origin said exists: exactly what the editor recorded on
// the claim (`Claim.primaryRecord`), never inferred from the graph. A source's type is often read
// from its name alone (an import, a suggestion, the source picker's first guess: "an internal
// report" becomes a DOCUMENT), so a record-typed source on a path does not show that a record
// exists or that anyone holds it; stating "available" from it would state more than was recorded.
import type { PrimaryRecordState } from "./claim-provenance";
import type { ClaimGraph } from "./graph";

const STATE = { AVAILABLE: "available", NOT_AVAILABLE: "not_available", UNKNOWN: "unknown" } as const;

/** available / not_available as recorded; unknown when nothing was recorded (the default). */
export function judgePrimaryRecord(graph: Pick<ClaimGraph, "primaryRecord">): PrimaryRecordState {
  return STATE[graph.primaryRecord];
}
