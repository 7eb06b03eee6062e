// The remarks a report's claims rely on: each first-hand "said to" hop from a person, group or
// organisation (or a source of unrecorded type) to a person, group, organisation or event (Macron
// → regional journalists), once per teller, receiver, evidence address, recorded date and capture. Such a
// hop is an oral statement: evidence relied on even when no record of it exists, which no work
// of the chain cites (an outlet's report is the outlet's, docs/EXPORTS.md "Authors").
import type { GraphHop } from "../provenance/graph";
import type { SourceType, StandingStatus } from "../vocabulary";
import type { ReportHop, ReportSource, SourcingReport } from "./sourcing-report";

const TELLER_TYPES: ReadonlySet<SourceType> = new Set(["PERSON", "GROUP", "ORGANIZATION", "UNKNOWN"]);
// Told to a work (an outlet, a statement, a recording…), the hop is cited through that work
// (cited-works.ts); told to people, or at an event, it is a remark of its own.
const LISTENER_TYPES: ReadonlySet<SourceType> = new Set(["PERSON", "GROUP", "ORGANIZATION", "EVENT"]);

export type Remark = {
  /** "<teller id>-<receiver id>", then "#2", "#3"… for the same pair on other dates or addresses. */
  key: string;
  teller: ReportSource;
  receiver: ReportSource;
  url: string | null;
  issued: string | null;
  archiveUrl: string | null;
  capturedAt: string | null;
  /** The worst standing among the hops and both ends: a retracted remark is flagged. */
  standing: StandingStatus;
  /**
   * True only when every claim relying on the remark recorded that its origin (this teller) has
   * no primary record (PrimaryRecord NOT_AVAILABLE) and no hop recorded an address for it.
   */
  noRecord: boolean;
  /** Numbers of the report's claims whose chain passes through the remark. */
  claims: number[];
};

/** Whether a hop is cited as a remark of its own (a first-hand oral statement to people). */
export function isCitedRemark(
  hop: Pick<GraphHop, "relation" | "firstHand">,
  from: ReportSource | undefined,
  to: ReportSource | undefined,
): boolean {
  return (
    hop.relation === "SAID_TO" &&
    hop.firstHand &&
    from !== undefined &&
    to !== undefined &&
    TELLER_TYPES.has(from.type) &&
    LISTENER_TYPES.has(to.type)
  );
}

const STANDING_ORDER: StandingStatus[] = ["ACTIVE", "CORRECTED", "RETRACTED"];
const worse = (a: StandingStatus, b: StandingStatus) =>
  STANDING_ORDER.indexOf(a) >= STANDING_ORDER.indexOf(b) ? a : b;

/**
 * `firstClaimNumber`: the number of the report's first claim (a later article of a document
 * continues the count). Hops are one remark only when they recorded the same teller, receiver,
 * address, date and archive copy, and no two different captures: no claim is cited with a date
 * its own hop did not record.
 */
export function collectRemarks(report: SourcingReport, firstClaimNumber = 1): Remark[] {
  const sources = new Map(report.sources.map((source) => [source.id, source]));
  const remarks: Remark[] = [];
  report.claims.forEach((claim, index) => {
    const details = new Map(claim.hops.map((hop) => [hop.id, hop]));
    for (const hop of claim.graph.hops) {
      const from = sources.get(hop.from);
      const to = hop.to ? sources.get(hop.to) : undefined;
      if (!from || !to || !isCitedRemark(hop, from, to)) continue;
      const found = newRemark(from, to, details.get(hop.id));
      const known = remarks.find((other) => sameRecord(other, found)) ?? found;
      if (known === found) remarks.push(found);
      known.capturedAt ??= found.capturedAt;
      known.standing = worse(known.standing, hop.standing);
      // "No record" is what the claim's annotation says of its origin's words: only then, and
      // only for the origin's own remark, never for a relay by someone else.
      const originUnrecorded = claim.graph.primaryRecord === "NOT_AVAILABLE" && claim.graph.speakerId === from.id;
      known.noRecord = known.noRecord && originUnrecorded && known.url === null;
      const number = firstClaimNumber + index;
      if (!known.claims.includes(number)) known.claims.push(number);
    }
  });
  const seen = new Map<string, number>();
  for (const found of remarks) {
    const pair = `${found.teller.id}-${found.receiver.id}`;
    const count = (seen.get(pair) ?? 0) + 1;
    seen.set(pair, count);
    found.key = count === 1 ? pair : `${pair}#${count}`;
  }
  return remarks;
}

// Hops are one remark only when what the item states agrees (address, date, archive copy); a
// hop that recorded no capture joins one that did, two recorded captures that differ are two.
function sameRecord(a: Remark, b: Remark): boolean {
  const sameCapture = a.capturedAt === b.capturedAt || a.capturedAt === null || b.capturedAt === null;
  return (
    a.teller.id === b.teller.id &&
    a.receiver.id === b.receiver.id &&
    a.url === b.url &&
    a.issued === b.issued &&
    a.archiveUrl === b.archiveUrl &&
    sameCapture
  );
}

function newRemark(teller: ReportSource, receiver: ReportSource, hop: ReportHop | undefined): Remark {
  return {
    key: "",
    teller,
    receiver,
    url: hop?.evidenceUrl ?? hop?.evidenceArchiveUrl ?? null,
    issued: hop?.occurredAt ?? null,
    archiveUrl: hop?.evidenceArchiveUrl ?? null,
    capturedAt: hop?.evidenceCapturedAt ?? null,
    standing: worse(teller.standing, receiver.standing),
    noRecord: true,
    claims: [],
  };
}
