// CSL-JSON (the Citation Style Language's data format) of the report's articles and the works they
// rely on: one array, written article by article (report-sections.ts).
import { buildCitationItems } from "./citation-items";
import { closeJsonArray, writeJsonItems } from "./json-pieces";
import { formatInSections, type SectionedFormat } from "./report-sections";
import type { SourcingReport } from "./sourcing-report";

export const CSL_JSON_SECTIONS: SectionedFormat = {
  open: () => "[",
  section: (part, place) => writeJsonItems(buildCitationItems(part, place), 0),
  separator: ",",
  close: (_head, wroteAny) => `${closeJsonArray(0, wroteAny)}\n`,
};

export function formatCslJson(report: SourcingReport): string {
  return formatInSections(CSL_JSON_SECTIONS, report);
}
