// CSL-JSON (the Citation Style Language's data format) of the report's articles and the works they rely on.
import { buildCitationItems } from "./citation-items";
import type { SourcingReport } from "./sourcing-report";

export function formatCslJson(report: SourcingReport): string {
  return `${JSON.stringify(buildCitationItems(report), null, 2)}\n`;
}
