// What one hop (and one path) is worth once the standing of the hop and of the sources it joins
// is taken into account. A hop "supports" the claim when it is worth more than 0.
import type { StandingStatus } from "../vocabulary";
import type { GraphHop } from "./graph";
import { findHops, type GraphIndex, type Link, listLinks } from "./graph-index";
import { compareText } from "./order-sources";

export type RatedHop = {
  hop: GraphHop;
  /** The worst standing among the hop and the sources at its two ends. */
  standing: StandingStatus;
  /** Name of the source that gave the hop its standing; null when it is the hop's own. */
  standingOf: string | null;
  /** The hop's confidence after its standing: halved when corrected, 0 when retracted. */
  confidence: number;
};

export type RatedPath = {
  path: string[];
  /** The strongest hop of each link, in path order. */
  hops: RatedHop[];
  /** Product of the hops' confidences. */
  confidence: number;
  supported: boolean;
};

const STANDING_FACTOR: Record<StandingStatus, number> = { ACTIVE: 1, CORRECTED: 0.5, RETRACTED: 0 };

export function rateHop(index: GraphIndex, hop: GraphHop): RatedHop {
  const ends = [hop.from, hop.to].flatMap((id) => {
    const source = id === null ? undefined : index.sources.get(id);
    return source ? [source] : [];
  });
  for (const standing of ["RETRACTED", "CORRECTED"] as const) {
    const source = ends.find((end) => end.standing === standing);
    if (hop.standing === standing || source) {
      const standingOf = hop.standing === standing ? null : source!.name;
      return { hop, standing, standingOf, confidence: hop.confidence * STANDING_FACTOR[standing] };
    }
  }
  return { hop, standing: "ACTIVE", standingOf: null, confidence: hop.confidence };
}

/** The hop that carries a link best; null when no hop joins the two ends. */
function rateLink(index: GraphIndex, link: Link): RatedHop | null {
  const rated = findHops(index, link).map((hop) => rateHop(index, hop));
  rated.sort(
    (a, b) => b.confidence - a.confidence || b.hop.confidence - a.hop.confidence || compareText(a.hop.id, b.hop.id),
  );
  return rated[0] ?? null;
}

export function ratePath(index: GraphIndex, path: readonly string[]): RatedPath {
  const hops = listLinks(path).flatMap((link) => rateLink(index, link) ?? []);
  const complete = hops.length === path.length && path.length > 0;
  return {
    path: [...path],
    hops,
    confidence: complete ? hops.reduce((product, rated) => product * rated.confidence, 1) : 0,
    supported: complete && hops.every((rated) => rated.confidence > 0),
  };
}

export function isSupporting(index: GraphIndex, hop: GraphHop): boolean {
  return rateHop(index, hop).confidence > 0;
}
