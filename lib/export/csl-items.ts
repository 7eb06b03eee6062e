// Which sources are citable works (outlets' reports, statements, documents, recordings,
// datasets) and their CSL-JSON items. People, groups and organisations are not works: they
// appear as the authors of the works they produced.
import type { SourceType } from "../vocabulary";
import { STANDING_WORDS } from "../words/display-words";
import { capitalize, joinNames } from "../words/phrasing";
import { type CslName, splitPersonName } from "./csl-person-name";
import { toIsoDate } from "./report-text";
import type { ReportSource, SourcingReport } from "./sourcing-report";

type CslDate = { "date-parts": [[number, number, number]] };
export type CslItem = {
  id: string;
  "citation-key": string;
  type: string;
  title: string;
  "container-title"?: string;
  publisher?: string;
  author?: CslName[];
  issued?: CslDate;
  URL?: string;
  /** Standing (retracted, corrected) and which claims, by number in the report, rely on the work. */
  note?: string;
};

const CITABLE_TYPES: ReadonlySet<SourceType> = new Set([
  "OUTLET",
  "OFFICIAL_STATEMENT",
  "DOCUMENT",
  "RECORDING",
  "DATASET",
]);
const AUTHOR_TYPES: ReadonlySet<SourceType> = new Set(["PERSON", "GROUP", "ORGANIZATION"]);
// Saying something to a work, or reporting into it, puts one's words in it; being QUOTED_BY or
// PARAPHRASED_BY a work means the work's author quoted you, which is not authorship.
const AUTHORING_RELATIONS: ReadonlySet<string> = new Set(["SAID_TO", "REPORTED_BY"]);

type Work = {
  key: string;
  source: ReportSource;
  url: string | null;
  issued: string | null;
  authors: Map<string, ReportSource>;
  /** 1-based numbers of the report's claims whose chain passes through the source. */
  claims: number[];
};

function toCslDate(iso: string | null | undefined): CslDate | undefined {
  const date = toIsoDate(iso);
  if (!date) return undefined;
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return { "date-parts": [[year, month, day]] };
}

export function foldToKey(name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9\s]/g, " ");
  const key = ascii
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join("");
  return key || "Source";
}

// BibTeX keys allow letters and digits only: duplicates become Key, Keyb, Keyc, … like biber's.
function suffixKey(seen: number): string {
  if (seen === 0) return "";
  return seen < 26 ? String.fromCharCode(97 + seen) : `z${seen}`;
}

function collectWorks(report: SourcingReport): Work[] {
  const sources = new Map(report.sources.map((source) => [source.id, source]));
  const works = new Map<string, Work>();
  const authorsBySource = new Map<string, Map<string, ReportSource>>();
  const reportsBySource = new Map<string, Array<{ url: string; issued: string | null }>>();
  for (const claim of report.claims) {
    const details = new Map(claim.hops.map((hop) => [hop.id, hop]));
    for (const hop of claim.graph.hops) {
      const from = sources.get(hop.from);
      const to = hop.to ? sources.get(hop.to) : undefined;
      const detail = details.get(hop.id);
      if (from && CITABLE_TYPES.has(from.type) && detail?.evidenceUrl) {
        const list = reportsBySource.get(from.id) ?? [];
        if (!list.some((known) => known.url === detail.evidenceUrl))
          list.push({ url: detail.evidenceUrl, issued: detail.occurredAt ?? null });
        reportsBySource.set(from.id, list);
      }
      if (
        from &&
        to &&
        CITABLE_TYPES.has(to.type) &&
        AUTHOR_TYPES.has(from.type) &&
        AUTHORING_RELATIONS.has(hop.relation)
      ) {
        const authors = authorsBySource.get(to.id) ?? new Map<string, ReportSource>();
        authors.set(from.id, from);
        authorsBySource.set(to.id, authors);
      }
    }
  }
  const claimsOf = new Map<string, number[]>();
  report.claims.forEach((claim, index) => {
    for (const source of claim.graph.sources) claimsOf.set(source.id, [...(claimsOf.get(source.id) ?? []), index + 1]);
  });
  const cited = new Set(claimsOf.keys());
  for (const source of report.sources) {
    if (!CITABLE_TYPES.has(source.type) || !cited.has(source.id)) continue;
    const authors = authorsBySource.get(source.id) ?? new Map<string, ReportSource>();
    const reports = reportsBySource.get(source.id) ?? [{ url: source.url ?? "", issued: null }];
    reports.forEach((found, index) => {
      const key = index === 0 ? source.id : `${source.id}#${index + 1}`;
      works.set(key, {
        key,
        source,
        url: found.url || null,
        issued: found.issued,
        authors,
        claims: claimsOf.get(source.id) ?? [],
      });
    });
  }
  return [...works.values()];
}

function pickCslType(work: Work): string {
  const authorTypes = new Set([...work.authors.values()].map((author) => author.type));
  switch (work.source.type) {
    case "OUTLET":
      // A web page only where a page was recorded: the outlet's own address, not a report of it.
      return work.url && work.url === work.source.url ? "webpage" : "article-newspaper";
    case "OFFICIAL_STATEMENT":
      return authorTypes.has("PERSON") ? "speech" : "document";
    case "DOCUMENT":
      return authorTypes.has("ORGANIZATION") ? "report" : "document";
    case "RECORDING":
      return authorTypes.has("PERSON") ? "interview" : "broadcast";
    default:
      return "dataset";
  }
}

function toCslName(author: ReportSource): CslName {
  return author.type === "PERSON" ? splitPersonName(author.name) : { literal: author.name };
}

/** "Retracted. Relied on by claims 3 and 4." — never a date: `accessed` would need a recorded capture. */
function noteWork(work: Work): string {
  const standing = work.source.standing === "ACTIVE" ? "" : `${capitalize(STANDING_WORDS[work.source.standing])}. `;
  const claims = work.claims.length === 1 ? `claim ${work.claims[0]}` : `claims ${joinNames(work.claims.map(String))}`;
  return `${standing}Relied on by ${claims}.`;
}

export function buildCslItems(report: SourcingReport): CslItem[] {
  const usedKeys = new Map<string, number>();
  const works = collectWorks(report).sort(
    (a, b) => a.source.name.localeCompare(b.source.name) || (a.url ?? "").localeCompare(b.url ?? ""),
  );
  return works.map((work) => {
    const type = pickCslType(work);
    const authors = [...work.authors.values()];
    const organisation = authors.find((author) => author.type === "ORGANIZATION");
    const isOutlet = work.source.type === "OUTLET";
    const baseKey = foldToKey(work.source.name) + (toIsoDate(work.issued)?.slice(0, 4) ?? "");
    const seen = usedKeys.get(baseKey) ?? 0;
    usedKeys.set(baseKey, seen + 1);
    const item: CslItem = {
      id: work.key,
      "citation-key": baseKey + suffixKey(seen),
      type,
      title: type === "article-newspaper" ? `Report by ${work.source.name}` : work.source.name,
    };
    if (isOutlet) item["container-title"] = work.source.name;
    const publisher = isOutlet ? work.source.name : organisation?.name;
    if (publisher) item.publisher = publisher;
    if (authors.length > 0) item.author = authors.map(toCslName);
    const issued = toCslDate(work.issued);
    if (issued) item.issued = issued;
    if (work.url) item.URL = work.url;
    item.note = noteWork(work);
    return item;
  });
}
