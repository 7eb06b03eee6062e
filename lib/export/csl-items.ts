// The CSL-JSON items of the works a report relies on (cited-works.ts): their type, title,
// container (the outlet), authors, dates, addresses and a note of their standing and claims.
// People, groups and organisations are not works: they appear as the authors of the works they
// produced.
import { STANDING_WORDS } from "../words/display-words";
import { capitalize, joinNames } from "../words/phrasing";
import { collectWorks, type Work } from "./cited-works";
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
  /** Only from a recorded capture of the work: the export's own time is never an access date. */
  accessed?: CslDate;
  URL?: string;
  /** Where a public archive keeps a copy (web.archive.org, archive.today): its address. */
  archive_location?: string;
  /** Standing (retracted, corrected) and which claims, by number in the report, rely on the work. */
  note?: string;
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
      // Whether a recording is an interview, a speech or a broadcast is not recorded (no relation
      // or evidence kind says so): citing it as one would state more than the newsroom did.
      return "document";
    default:
      return "dataset";
  }
}

function toCslName(author: ReportSource): CslName {
  return author.type === "PERSON" ? splitPersonName(author.name) : { literal: author.name };
}

/** "Retracted. Relied on by claims 3 and 4." or, in a document of several articles, "… claims 3 and 4 of “Title”." */
function noteWork(work: Work, articleTitle: string | null): string {
  const standing = work.source.standing === "ACTIVE" ? "" : `${capitalize(STANDING_WORDS[work.source.standing])}. `;
  const claims = work.claims.length === 1 ? `claim ${work.claims[0]}` : `claims ${joinNames(work.claims.map(String))}`;
  return `${standing}Relied on by ${claims}${articleTitle ? ` of “${articleTitle}”` : ""}.`;
}

/** Which claims a document's section numbers, and the article they belong to when a document holds several. */
export type WorkNumbering = { firstClaimNumber: number; articleTitle: string | null };

export function buildCslItems(
  report: SourcingReport,
  numbering: WorkNumbering = { firstClaimNumber: 1, articleTitle: null },
): CslItem[] {
  const usedKeys = new Map<string, number>();
  const works = collectWorks(report, numbering.firstClaimNumber).sort(
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
    const accessed = toCslDate(work.capturedAt);
    if (accessed) item.accessed = accessed;
    if (work.archiveUrl && work.archiveUrl !== work.url) item.archive_location = work.archiveUrl;
    item.note = noteWork(work, numbering.articleTitle);
    return item;
  });
}
