// The hop that limits a path's confidence, in words.
import type { HopRelation } from "../vocabulary";
import type { WeakestLink } from "./claim-provenance";
import { formatConfidence } from "./confidence-rubric";
import { type GraphIndex, nameNode } from "./graph-index";
import type { RatedHop, RatedPath } from "./rate-hop";

const RELATION_NOUN: Record<HopRelation, string> = {
  SAID_TO: "account",
  INTERVIEWED_BY: "interview",
  REPORTED_BY: "report",
  QUOTED_BY: "quote",
  PARAPHRASED_BY: "paraphrase",
  BASED_ON: "use of a record",
  CONFIRMED_BY: "confirmation",
  DENIED_BY: "denial",
};

/** The lowest-confidence hop of the path; on a tie, the one nearest the origin. */
export function findWeakestLink(index: GraphIndex, path: RatedPath): WeakestLink | null {
  const weakest = path.hops.reduce<RatedHop | null>(
    (low, rated) => (low === null || rated.confidence < low.confidence ? rated : low),
    null,
  );
  if (!weakest) return null;
  return {
    hopId: weakest.hop.id,
    fromName: nameNode(index, weakest.hop.from),
    toName: weakest.hop.to === null ? null : nameNode(index, weakest.hop.to),
    confidence: weakest.confidence,
    reason: explainHop(weakest),
  };
}

/** E.g. "second-hand report, confidence 0.75", naming any correction, retraction or contradiction. */
function explainHop(rated: RatedHop): string {
  const { hop } = rated;
  const kind = `${hop.firstHand ? "first-hand" : "second-hand"} ${RELATION_NOUN[hop.relation]}`;
  if (rated.standing === "RETRACTED") {
    return rated.standingOf === null
      ? `${kind}, retracted, so not counted`
      : `${kind}, not counted: ${rated.standingOf} is retracted`;
  }
  if (hop.confidence === 0) return `${kind}, contradicted (confidence 0)`;
  const stated = `${kind}, confidence ${formatConfidence(hop.confidence)}`;
  if (rated.standing === "CORRECTED") {
    const why = rated.standingOf === null ? "it was corrected" : `${rated.standingOf} is corrected`;
    return `${stated}, halved to ${formatConfidence(rated.confidence)} because ${why}`;
  }
  return stated;
}
