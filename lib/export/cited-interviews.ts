// The interviews a report's claims rely on: each hop an editor recorded as "interviewed by"
// (docs/PROVENANCE.md) from someone who can be interviewed, once per interviewee, interviewer
// and evidence address. The interviewee is the teller, the interviewer the receiver; the item's
// date, address and access date come only from what the hops recorded.
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

/** `firstClaimNumber`: the number of the report's first claim (a later article of a document continues the count). */
export function collectInterviews(report: SourcingReport, firstClaimNumber = 1): Interview[] {
  const sources = new Map(report.sources.map((source) => [source.id, source]));
  const interviews = new Map<string, Interview>();
  report.claims.forEach((claim, index) => {
    const details = new Map(claim.hops.map((hop) => [hop.id, hop]));
    for (const hop of claim.graph.hops) {
      const from = sources.get(hop.from);
      const to = hop.to ? sources.get(hop.to) : undefined;
      if (!from || !to || !isCitedInterview(hop, from)) continue;
      const detail = details.get(hop.id);
      const url = detail?.evidenceUrl ?? detail?.evidenceArchiveUrl ?? null;
      const found = `${from.id}-${to.id} ${url ?? ""}`;
      const known = interviews.get(found) ?? newInterview(from, to, url);
      mergeHop(known, hop.standing, detail);
      const number = firstClaimNumber + index;
      if (!known.claims.includes(number)) known.claims.push(number);
      interviews.set(found, known);
    }
  });
  // An interview known at an address needs no second, address-less item of the same exchange.
  const withAddress = new Set([...interviews.values()].filter((found) => found.url).map(pairOf));
  const kept = [...interviews.values()].filter((found) => found.url || !withAddress.has(pairOf(found)));
  const seen = new Map<string, number>();
  for (const found of kept) {
    const count = (seen.get(pairOf(found)) ?? 0) + 1;
    seen.set(pairOf(found), count);
    found.key = count === 1 ? pairOf(found) : `${pairOf(found)}#${count}`;
  }
  return kept;
}

const pairOf = (found: Interview) => `${found.interviewee.id}-${found.interviewer.id}`;

function newInterview(interviewee: ReportSource, interviewer: ReportSource, url: string | null): Interview {
  return {
    key: "",
    interviewee,
    interviewer,
    url,
    issued: null,
    archiveUrl: null,
    capturedAt: null,
    standing: worse(interviewee.standing, interviewer.standing),
    claims: [],
  };
}

// Several hops recording one interview: what either recorded is kept, the latest recorded capture wins.
function mergeHop(known: Interview, standing: StandingStatus, hop: ReportHop | undefined): void {
  known.standing = worse(known.standing, standing);
  if (!hop) return;
  known.issued ??= hop.occurredAt ?? null;
  known.archiveUrl ??= hop.evidenceArchiveUrl;
  const captured = hop.evidenceCapturedAt ?? null;
  if (captured && (!known.capturedAt || captured > known.capturedAt)) known.capturedAt = captured;
}
