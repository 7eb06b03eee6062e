// Every text format except CSV is written in pieces: an opening (from the report's head), one
// section per article, and a closing. A report held in memory is split by article and joined
// here; a whole workspace arrives article by article and is written as each one is ready, so its
// memory is one article's report, whatever the workspace's size. Both paths use the same pieces.
import type { SourcingReport } from "./sourcing-report";

/** What the opening and closing of a document need: known before any article is read. */
export type ReportHead = Pick<SourcingReport, "generatedAt" | "workspace" | "scope"> & {
  claimCount: number;
  /** Distinct sources in the claims' chains (speakers and both ends of every hop). */
  sourceCount: number;
  /** The first article's language, for the document's own. */
  language: string;
};

/** Where a section stands in its document. */
export type SectionPlace = {
  /** 0-based: the n-th article of the document. */
  index: number;
  /** Claims are numbered across the document: the number of this section's first claim. */
  firstClaimNumber: number;
  /** Whether the document may hold more than one article (a selection or a workspace). */
  manyArticles: boolean;
};

/** A format's pieces; `part` is a report of one article (its sources, its claims). */
export type SectionedFormat = {
  open(head: ReportHead): string;
  section(part: SourcingReport, place: SectionPlace, head: ReportHead): string;
  /** Written between two non-empty sections. */
  separator: string;
  /** `wroteAny`: whether some section was not empty (a JSON array closes differently when empty). */
  close(head: ReportHead, wroteAny: boolean): string;
};

function headOfReport(report: SourcingReport): ReportHead {
  return {
    generatedAt: report.generatedAt,
    workspace: report.workspace,
    scope: report.scope,
    claimCount: report.claims.length,
    sourceCount: new Set(report.claims.flatMap((claim) => claim.graph.sources.map((source) => source.id))).size,
    language: report.articles[0]?.language ?? "en",
  };
}

/**
 * One report per article, in the order their claims first appear. A report of one article is
 * returned whole. With several articles each part lists the sources its claims' chains name
 * (a source only named in a claim, outside its chain, is in no part: read such reports from the
 * database article by article to keep them).
 */
function splitReportByArticle(report: SourcingReport): SourcingReport[] {
  if (report.articles.length <= 1) return [report];
  const groups = new Map<string, SourcingReport["claims"]>();
  for (const claim of report.claims) groups.set(claim.articleId, [...(groups.get(claim.articleId) ?? []), claim]);
  return [...groups].map(([articleId, claims]) => {
    const named = new Set(claims.flatMap((claim) => claim.graph.sources.map((source) => source.id)));
    return {
      ...report,
      articles: report.articles.filter((article) => article.id === articleId),
      sources: report.sources.filter((source) => named.has(source.id)),
      claims,
    };
  });
}

/** A report held in memory, written in the format's pieces. */
export function formatInSections(format: SectionedFormat, report: SourcingReport): string {
  return [...writeSections(format, headOfReport(report), splitReportByArticle(report))].join("");
}

/** Sections are written one at a time: the generator holds one part and its text. */
function* writeSections(format: SectionedFormat, head: ReportHead, parts: Iterable<SourcingReport>): Generator<string> {
  let state = startSections(head);
  yield format.open(head);
  for (const part of parts) {
    const [text, next] = writeSection(format, head, part, state);
    state = next;
    if (text) yield text;
  }
  yield format.close(head, state.wroteAny);
}

/** The same, for parts read one at a time from the database. */
export async function* streamSections(
  format: SectionedFormat,
  head: ReportHead,
  parts: AsyncIterable<SourcingReport>,
): AsyncGenerator<string> {
  let state = startSections(head);
  yield format.open(head);
  for await (const part of parts) {
    const [text, next] = writeSection(format, head, part, state);
    state = next;
    if (text) yield text;
  }
  yield format.close(head, state.wroteAny);
}

type SectionState = { index: number; nextClaimNumber: number; wroteAny: boolean; manyArticles: boolean };

function startSections(head: ReportHead): SectionState {
  return { index: 0, nextClaimNumber: 1, wroteAny: false, manyArticles: head.scope.kind !== "article" };
}

function writeSection(
  format: SectionedFormat,
  head: ReportHead,
  part: SourcingReport,
  state: SectionState,
): [string, SectionState] {
  const place = { index: state.index, firstClaimNumber: state.nextClaimNumber, manyArticles: state.manyArticles };
  const body = format.section(part, place, head);
  const text = body && state.wroteAny ? format.separator + body : body;
  return [
    text,
    {
      ...state,
      index: state.index + 1,
      nextClaimNumber: state.nextClaimNumber + part.claims.length,
      wroteAny: state.wroteAny || body !== "",
    },
  ];
}
