// RIS of the report's citable sources, in the "old" (RefMan) tag set. citation-js's default
// spec maps a newspaper article's authors to "reporter" and drops them and its full date; the
// old spec keeps both. We serialise citation-js's records ourselves because its text output
// wraps values every 70 characters (readers rejoin them with a space, so URLs break), and we
// leave out PY when Y1 carries the date: with PY present citation-js reads the file back with the
// mixed spec, which again drops newspaper authors.
import { createCite } from "./citation";
import { buildCitationItems } from "./citation-items";
import type { CslItem } from "./csl-items";
import { formatInSections, type SectionedFormat } from "./report-sections";
import type { SourcingReport } from "./sourcing-report";

type RisRecord = Record<string, string | string[]>;

// RIS lines end in CR LF per the RefMan specification; readers accept LF too.
const EOL = "\r\n";

function toLine(tag: string, value: string): string {
  return `${tag}  - ${value.replace(/\s+/g, " ").trim()}`;
}

// The RefMan date tags: YYYY/MM/DD/other, month and day in two digits.
const DATE_TAGS = new Set(["Y1", "Y2", "PY", "DA"]);

/** "2026/1/10/" → "2026/01/10/": citation-js writes month and day unpadded. */
function padRisDate(value: string): string {
  return value.replace(
    /^(\d{4})\/(\d{1,2})?\/(\d{1,2})?\//,
    (_, year: string, month?: string, day?: string) =>
      `${year}/${month ? month.padStart(2, "0") : ""}/${day ? day.padStart(2, "0") : ""}/`,
  );
}

function serializeRecord(record: RisRecord): string {
  const lines = [toLine("TY", String(record.TY))];
  for (const [tag, value] of Object.entries(record)) {
    if (tag === "TY" || (tag === "PY" && record.Y1)) continue;
    for (const entry of [value].flat())
      lines.push(toLine(tag, DATE_TAGS.has(tag) ? padRisDate(String(entry)) : String(entry)));
  }
  lines.push("ER  - ");
  return lines.join(EOL);
}

/**
 * citation-js's old spec cuts `ID` to 20 characters (the RefMan limit), which makes two UUIDs
 * sharing a prefix one reference and no longer names our item; and it writes the CSL `note` as
 * `AB`, which reference managers read as an abstract. Both are put back: the whole id, the note
 * as `N1` (which citation-js reads back as `note` too).
 */
function restoreIdAndNote(record: RisRecord, id: string): RisRecord {
  const { AB: note, ...rest } = record;
  return { ...rest, ID: id, ...(note ? { N1: note } : {}) };
}

function formatRisItems(items: CslItem[]): string {
  if (items.length === 0) return "";
  const records = createCite(items).format("ris", { format: "object", spec: "old" }) as RisRecord[];
  return (
    records.map((record, index) => serializeRecord(restoreIdAndNote(record, items[index]!.id))).join(EOL + EOL) + EOL
  );
}

/** Record by record, article by article; a blank line between records. */
export const RIS_SECTIONS: SectionedFormat = {
  open: () => "",
  section: (part, place) => formatRisItems(buildCitationItems(part, place)),
  separator: EOL,
  close: () => "",
};

export function formatRis(report: SourcingReport): string {
  return formatInSections(RIS_SECTIONS, report);
}
