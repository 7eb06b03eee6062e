// The works a report's claims rely on: each citable source (an outlet's report, a statement, a
// document, a recording, a dataset) once per address its hops' evidence gives, with what the
// hops recorded about it (date, archive address, capture time), the people and organisations
// whose words went into it, and the claims whose chains pass through it.
import type { SourceType } from "../vocabulary";
import { type Interview, isCitedInterview } from "./cited-interviews";
import type { ReportHop, ReportSource, SourcingReport } from "./sourcing-report";

const CITABLE_TYPES: ReadonlySet<SourceType> = new Set([
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
  /** Numbers of the report's claims whose chain passes through the source. */
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
  for (const claim of report.claims) {
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
        const known = list.find((evidence) => evidence.url === url);
        if (!known) list.push(toEvidence(detail, url));
        else mergeEvidence(known, detail);
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
  }
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
    const published = new Set(
      interviews.filter((found) => found.interviewer.id === source.id).map((found) => found.url),
    );
    const recorded = reportsBySource.get(source.id)?.filter((evidence) => !published.has(evidence.url));
    if (published.size > 0 && (recorded ?? []).length === 0) continue;
    const reports = recorded ?? [{ url: source.url ?? "", issued: null, archiveUrl: null, capturedAt: null }];
    reports.forEach((found, index) => {
      const key = index === 0 ? source.id : `${source.id}#${index + 1}`;
      works.set(key, {
        key,
        source,
        ...found,
        url: found.url || null,
        authors,
        claims: claimsOf.get(source.id) ?? [],
      });
    });
  }
  return [...works.values()];
}

type Evidence = { url: string; issued: string | null; archiveUrl: string | null; capturedAt: string | null };

function toEvidence(hop: ReportHop, url: string): Evidence {
  return {
    url,
    issued: hop.occurredAt ?? null,
    archiveUrl: hop.evidenceArchiveUrl,
    capturedAt: hop.evidenceCapturedAt ?? null,
  };
}

// Two hops citing one address: what either recorded is kept, the latest recorded capture wins.
function mergeEvidence(known: Evidence, hop: ReportHop): void {
  known.issued ??= hop.occurredAt ?? null;
  known.archiveUrl ??= hop.evidenceArchiveUrl;
  const captured = hop.evidenceCapturedAt ?? null;
  if (captured && (!known.capturedAt || captured > known.capturedAt)) known.capturedAt = captured;
}
