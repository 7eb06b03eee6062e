// The interviews a report's claims rely on: each hop an editor recorded as "interviewed by"
// (docs/PROVENANCE.md) from someone who can be interviewed, once per interviewee, interviewer,
// evidence address, date and capture. The interviewee is the teller, the interviewer the
// receiver; the item's date, address and access date come only from what its hops recorded.
import type { GraphHop } from "../provenance/graph";
import type { SourceType, StandingStatus } from "../vocabulary";
import type { ReportHop, ReportSource, SourcingReport } from "./sourcing-report";

// People, groups, organisations (and sources of unrecorded type) answer questions; a document
// "interviewed by" someone is no interview, and such a hop is cited as any other.
const INTERVIEWEE_TYPES: ReadonlySet<SourceType> = new Set(["PERSON", "GROUP", "ORGANIZATION", "UNKNOWN"]);

export type Interview = {
  /** "<interviewee id>-<interviewer id>", then "#2", "#3"… for the same exchange at other addresses. */
  key: string;
  interviewee: ReportSource;
  /** Who interviewed: a person, or an outlet (which then published it), or another source. */
  interviewer: ReportSource;
  url: string | null;
  issued: string | null;
  archiveUrl: string | null;
  capturedAt: string | null;
  /** The worst standing among the hops and both ends: a retracted interview is flagged. */
  standing: StandingStatus;
  /** Numbers of the report's claims whose chain passes through the interview. */
  claims: number[];
};

/** Whether a hop is an interview that is cited as one (its evidence is the interview, not a report). */
export function isCitedInterview(hop: Pick<GraphHop, "relation" | "to">, from: ReportSource | undefined): boolean {
  return hop.relation === "INTERVIEWED_BY" && hop.to !== null && from !== undefined && INTERVIEWEE_TYPES.has(from.type);
}

const STANDING_ORDER: StandingStatus[] = ["ACTIVE", "CORRECTED", "RETRACTED"];
const worse = (a: StandingStatus, b: StandingStatus) =>
  STANDING_ORDER.indexOf(a) >= STANDING_ORDER.indexOf(b) ? a : b;

/**
 * `firstClaimNumber`: the number of the report's first claim (a later article of a document
 * continues the count). Hops are one interview only when they recorded the same interviewee,
 * interviewer, address, date and archive copy, and no two different captures: two interviews of
 * one person on other dates are two items, so no claim is cited with a date its hop did not record.
 */
export function collectInterviews(report: SourcingReport, firstClaimNumber = 1): Interview[] {
  const sources = new Map(report.sources.map((source) => [source.id, source]));
  const interviews: Interview[] = [];
  report.claims.forEach((claim, index) => {
    const details = new Map(claim.hops.map((hop) => [hop.id, hop]));
    for (const hop of claim.graph.hops) {
      const from = sources.get(hop.from);
      const to = hop.to ? sources.get(hop.to) : undefined;
      if (!from || !to || !isCitedInterview(hop, from)) continue;
      const found = newInterview(from, to, details.get(hop.id));
      const known = interviews.find((other) => sameRecord(other, found)) ?? found;
      if (known === found) interviews.push(found);
      known.capturedAt ??= found.capturedAt;
      known.standing = worse(known.standing, hop.standing);
      const number = firstClaimNumber + index;
      if (!known.claims.includes(number)) known.claims.push(number);
    }
  });
  // An exchange known at an address needs no second, address-less item when the address-less
  // hop recorded the same date (and no capture): its claims join the addressed item.
  const kept = interviews.filter((found) => {
    if (found.url || found.capturedAt) return true;
    const twin = interviews.find(
      (other) => other.url && pairOf(other) === pairOf(found) && other.issued === found.issued,
    );
    if (!twin) return true;
    for (const number of found.claims) if (!twin.claims.includes(number)) twin.claims.push(number);
    twin.claims.sort((a, b) => a - b);
    twin.standing = worse(twin.standing, found.standing);
    return false;
  });
  const seen = new Map<string, number>();
  for (const found of kept) {
    const count = (seen.get(pairOf(found)) ?? 0) + 1;
    seen.set(pairOf(found), count);
    found.key = count === 1 ? pairOf(found) : `${pairOf(found)}#${count}`;
  }
  return kept;
}

const pairOf = (found: Interview) => `${found.interviewee.id}-${found.interviewer.id}`;
// Hops are one interview only when what the item states agrees (address, date, archive copy);
// a capture is of the page at the address: a hop that recorded none joins one that did, two
// recorded captures that differ are two items.
function sameRecord(a: Interview, b: Interview): boolean {
  const sameCapture = a.capturedAt === b.capturedAt || a.capturedAt === null || b.capturedAt === null;
  return (
    pairOf(a) === pairOf(b) && a.url === b.url && a.issued === b.issued && a.archiveUrl === b.archiveUrl && sameCapture
  );
}

function newInterview(interviewee: ReportSource, interviewer: ReportSource, hop: ReportHop | undefined): Interview {
  return {
    key: "",
    interviewee,
    interviewer,
    url: hop?.evidenceUrl ?? hop?.evidenceArchiveUrl ?? null,
    issued: hop?.occurredAt ?? null,
    archiveUrl: hop?.evidenceArchiveUrl ?? null,
    capturedAt: hop?.evidenceCapturedAt ?? null,
    standing: worse(interviewee.standing, interviewer.standing),
    claims: [],
  };
}
