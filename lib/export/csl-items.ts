// The CSL-JSON items of the works a report relies on (cited-works.ts): their type, title,
// container (the outlet), authors, dates, addresses and a note of their standing and claims.
// People, groups and organisations are not works: they appear as the authors of the works they
// produced and of their remarks and interviews (csl-remark-item.ts, csl-interview-item.ts).
import { collectHopEvidence } from "./cited-hop-evidence";
import { collectInterviews } from "./cited-interviews";
import { collectRemarks } from "./cited-remarks";
import { collectWorks, type Work } from "./cited-works";
import { citeHopEvidence } from "./csl-evidence-item";
import { type CslDate, noteReliance, toCslDate, toCslName } from "./csl-fields";
import { citeInterview } from "./csl-interview-item";
import type { CslName } from "./csl-person-name";
import { citeRemark } from "./csl-remark-item";
import { toIsoDate } from "./report-text";
import type { SourcingReport } from "./sourcing-report";

export type CslItem = {
  id: string;
  "citation-key": string;
  type: string;
  title: string;
  "container-title"?: string;
  publisher?: string;
  author?: CslName[];
  /** An interview's interviewer, only a person (an outlet that interviewed is the container). */
  interviewer?: CslName[];
  /** A remark's receivers (people or a group); an event it was made at is named in the title only. */
  recipient?: CslName[];
  issued?: CslDate;
  /** Only from a recorded capture of the work: the export's own time is never an access date. */
  accessed?: CslDate;
  URL?: string;
  /** Where a public archive keeps a copy (web.archive.org, archive.today): its address. */
  archive_location?: string;
  /** Standing (retracted, corrected) and which claims, by number in the report, rely on the work. */
  note?: string;
};

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
      // What is relied on is the outlet's report, even when only its home page was recorded.
      return "article-newspaper";
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

/** Which claims a document's section numbers, and the article they belong to when a document holds several. */
export type WorkNumbering = { firstClaimNumber: number; articleTitle: string | null };

export function buildCslItems(
  report: SourcingReport,
  numbering: WorkNumbering = { firstClaimNumber: 1, articleTitle: null },
): CslItem[] {
  const usedKeys = new Map<string, number>();
  const claimKey = (baseKey: string) => {
    const seen = usedKeys.get(baseKey) ?? 0;
    usedKeys.set(baseKey, seen + 1);
    return baseKey + suffixKey(seen);
  };
  const interviews = collectInterviews(report, numbering.firstClaimNumber);
  const works = collectWorks(report, numbering.firstClaimNumber, interviews).sort(
    (a, b) =>
      a.source.name.localeCompare(b.source.name) ||
      (a.url ?? "").localeCompare(b.url ?? "") ||
      (a.issued ?? "").localeCompare(b.issued ?? ""),
  );
  const workItems = works.map((work) => {
    const type = pickCslType(work);
    const authors = [...work.authors.values()];
    const organisation = authors.find((author) => author.type === "ORGANIZATION");
    const isOutlet = work.source.type === "OUTLET";
    // An outlet's home page is the outlet's address, not its report's: an item citing the
    // report at it would send a reader to the front page as if it were the report.
    const homePageOnly = isOutlet && work.url !== null && sameAddress(work.url, work.source.url);
    const item: CslItem = {
      id: work.key,
      "citation-key": claimKey(foldToKey(work.source.name) + (toIsoDate(work.issued)?.slice(0, 4) ?? "")),
      type,
      title: isOutlet ? `Report by ${work.source.name}` : work.source.name,
    };
    if (isOutlet) item["container-title"] = work.source.name;
    const publisher = isOutlet ? work.source.name : organisation?.name;
    if (publisher) item.publisher = publisher;
    if (authors.length > 0) item.author = authors.map(toCslName);
    const issued = toCslDate(work.issued);
    if (issued) item.issued = issued;
    // A capture or archive copy recorded with the home page is of the home page: not the report's.
    if (work.url && !homePageOnly) {
      item.URL = work.url;
      const accessed = toCslDate(work.capturedAt);
      if (accessed) item.accessed = accessed;
      if (work.archiveUrl && work.archiveUrl !== work.url) item.archive_location = work.archiveUrl;
    }
    item.note = noteReliance(work.source.standing, work.claims, numbering.articleTitle);
    return item;
  });
  const interviewItems = interviews
    .sort(
      (a, b) =>
        a.interviewee.name.localeCompare(b.interviewee.name) ||
        a.interviewer.name.localeCompare(b.interviewer.name) ||
        (a.url ?? "").localeCompare(b.url ?? "") ||
        (a.issued ?? "").localeCompare(b.issued ?? ""),
    )
    .map((interview) =>
      citeInterview(
        interview,
        claimKey(foldToKey(interview.interviewee.name) + (toIsoDate(interview.issued)?.slice(0, 4) ?? "")),
        numbering.articleTitle,
      ),
    );
  const remarkItems = collectRemarks(report, numbering.firstClaimNumber)
    .sort(
      (a, b) =>
        a.teller.name.localeCompare(b.teller.name) ||
        a.receiver.name.localeCompare(b.receiver.name) ||
        (a.url ?? "").localeCompare(b.url ?? "") ||
        (a.issued ?? "").localeCompare(b.issued ?? ""),
    )
    .map((remark) =>
      citeRemark(
        remark,
        claimKey(foldToKey(remark.teller.name) + (toIsoDate(remark.issued)?.slice(0, 4) ?? "")),
        numbering.articleTitle,
      ),
    );
  const evidenceItems = collectHopEvidence(report, numbering.firstClaimNumber)
    .sort(
      (a, b) =>
        a.teller.name.localeCompare(b.teller.name) ||
        (a.receiver?.name ?? "").localeCompare(b.receiver?.name ?? "") ||
        a.url.localeCompare(b.url) ||
        (a.issued ?? "").localeCompare(b.issued ?? ""),
    )
    .map((evidence) =>
      citeHopEvidence(
        evidence,
        claimKey(`Evidence${foldToKey(evidence.teller.name)}${toIsoDate(evidence.issued)?.slice(0, 4) ?? ""}`),
        numbering.articleTitle,
      ),
    );
  return [...workItems, ...interviewItems, ...remarkItems, ...evidenceItems];
}

const withoutSlash = (url: string) => url.replace(/\/+$/, "");
const sameAddress = (a: string, b: string | null) => b !== null && withoutSlash(a) === withoutSlash(b);
