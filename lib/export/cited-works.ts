// The works a report's claims rely on: each citable source (an outlet's report, a statement, a
// document, a recording, a dataset) once per address its hops' evidence gives, with what the
// hops recorded about it (date, archive address, capture time), the people and organisations
// whose words went into it, and the claims whose chains pass through it.
import type { SourceType } from "../vocabulary";
import { type Interview, isCitedInterview } from "./cited-interviews";
import type { ReportHop, ReportSource, SourcingReport } from "./sourcing-report";

export const CITABLE_TYPES: ReadonlySet<SourceType> = new Set([
  "OUTLET",
  "OFFICIAL_STATEMENT",
  "DOCUMENT",
  "RECORDING",
  "DATASET",
]);
// A source of unrecorded type may speak into its own statement too; it is then named whole
// (csl-items.ts), never split as a person's name.
const AUTHOR_TYPES: ReadonlySet<SourceType> = new Set(["PERSON", "GROUP", "ORGANIZATION", "UNKNOWN"]);
// No relation records who wrote a work: "said to" an outlet means the outlet was told, and its
// report is the outlet's own (the outlet is its author). Only a statement or recording that a
// person, group or organisation spoke into first-hand ("said to", docs/PROVENANCE.md: the
// origin's own record) is theirs; minutes, documents and datasets name no author from a hop.
const SPOKEN_WORKS: ReadonlySet<SourceType> = new Set(["OFFICIAL_STATEMENT", "RECORDING"]);

export type Work = {
  key: string;
  source: ReportSource;
  url: string | null;
  issued: string | null;
  archiveUrl: string | null;
  capturedAt: string | null;
  authors: Map<string, ReportSource>;
  /** Numbers of the report's claims whose hops recorded this report of the source (or, undated, none). */
  claims: number[];
};

/**
 * `firstClaimNumber`: the number of the report's first claim (a later article of a document
 * continues the count). `interviews` (cited-interviews.ts) are items of their own: an interview's
 * evidence is the interview, and an outlet that published an interview is not cited again at its
 * address, nor at its home page when nothing else of it was recorded.
 */
export function collectWorks(
  report: SourcingReport,
  firstClaimNumber = 1,
  interviews: readonly Interview[] = [],
): Work[] {
  const sources = new Map(report.sources.map((source) => [source.id, source]));
  const works = new Map<string, Work>();
  const authorsBySource = new Map<string, Map<string, ReportSource>>();
  const reportsBySource = new Map<string, Evidence[]>();
  report.claims.forEach((claim, index) => {
    const number = firstClaimNumber + index;
    const details = new Map(claim.hops.map((hop) => [hop.id, hop]));
    for (const hop of claim.graph.hops) {
      const from = sources.get(hop.from);
      const to = hop.to ? sources.get(hop.to) : undefined;
      const detail = details.get(hop.id);
      // The work a hop's evidence shows: the report (statement, document…) that passed the claim
      // on, or, when only the receiving end is a work, the report that recorded it being told.
      const work = from && CITABLE_TYPES.has(from.type) ? from : to && CITABLE_TYPES.has(to.type) ? to : undefined;
      const url = detail?.evidenceUrl ?? detail?.evidenceArchiveUrl;
      if (work && detail && url && !isCitedInterview(hop, from)) {
        const list = reportsBySource.get(work.id) ?? [];
        const found = toEvidence(detail, url);
        const known = list.find((evidence) => sameRecord(evidence, found)) ?? found;
        if (known === found) list.push(found);
        known.capturedAt ??= found.capturedAt;
        if (!known.claims.includes(number)) known.claims.push(number);
        reportsBySource.set(work.id, list);
      }
      if (
        from &&
        to &&
        SPOKEN_WORKS.has(to.type) &&
        AUTHOR_TYPES.has(from.type) &&
        hop.relation === "SAID_TO" &&
        hop.firstHand
      ) {
        const authors = authorsBySource.get(to.id) ?? new Map<string, ReportSource>();
        authors.set(from.id, from);
        authorsBySource.set(to.id, authors);
      }
    }
  });
  const claimsOf = new Map<string, number[]>();
  report.claims.forEach((claim, index) => {
    for (const source of claim.graph.sources)
      claimsOf.set(source.id, [...(claimsOf.get(source.id) ?? []), firstClaimNumber + index]);
  });
  const cited = new Set(claimsOf.keys());
  for (const source of report.sources) {
    if (!CITABLE_TYPES.has(source.type) || !cited.has(source.id)) continue;
    const authors =
      source.type === "OUTLET"
        ? new Map([[source.id, source]])
        : (authorsBySource.get(source.id) ?? new Map<string, ReportSource>());
    const publishedInterviews = interviews.filter((found) => found.interviewer.id === source.id);
    const published = new Set(publishedInterviews.map((found) => found.url));
    const recorded = reportsBySource.get(source.id)?.filter((evidence) => !published.has(evidence.url));
    if (published.size > 0 && (recorded ?? []).length === 0) continue;
    const claims = claimsOf.get(source.id) ?? [];
    const reports = recorded?.length ? recorded : [{ ...homePage(source), claims }];
    // A claim whose hops through the source recorded no report of it is cited with an undated
    // item: never with a date another claim's hop recorded.
    const covered = new Set([...reports, ...publishedInterviews].flatMap((found) => found.claims));
    const unrecorded = claims.filter((number) => !covered.has(number));
    if (unrecorded.length > 0) {
      const undated = reports.find((found) => found.issued === null);
      if (undated) undated.claims = [...undated.claims, ...unrecorded].sort((a, b) => a - b);
      else reports.push({ ...homePage(source), claims: unrecorded });
    }
    reports.forEach((found, index) => {
      const key = index === 0 ? source.id : `${source.id}#${index + 1}`;
      works.set(key, { key, source, ...found, url: found.url || null, authors });
    });
  }
  return [...works.values()];
}

type Evidence = {
  url: string;
  issued: string | null;
  archiveUrl: string | null;
  capturedAt: string | null;
  /** The claims whose hops recorded this very report (address, date, archive copy, capture). */
  claims: number[];
};

const homePage = (source: ReportSource): Omit<Evidence, "claims"> => ({
  url: source.url ?? "",
  issued: null,
  archiveUrl: null,
  capturedAt: null,
});

function toEvidence(hop: ReportHop, url: string): Evidence {
  return {
    url,
    issued: hop.occurredAt ?? null,
    archiveUrl: hop.evidenceArchiveUrl,
    capturedAt: hop.evidenceCapturedAt ?? null,
    claims: [],
  };
}

// Hops are one report only when what the item states agrees: one address cited on two dates is
// two items, so no claim carries a date its own hop did not record. A capture is of the page at
// the address: a hop that recorded none joins one that did; two recorded captures that differ are
// two items.
function sameRecord(a: Evidence, b: Evidence): boolean {
  const sameCapture = a.capturedAt === b.capturedAt || a.capturedAt === null || b.capturedAt === null;
  return a.url === b.url && a.issued === b.issued && a.archiveUrl === b.archiveUrl && sameCapture;
}
