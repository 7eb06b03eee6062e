// CSL-JSON (the Citation Style Language's data format) of the report's citable sources.
import { buildCslItems } from "./csl-items";
import type { SourcingReport } from "./sourcing-report";

export function formatCslJson(report: SourcingReport): string {
  return `${JSON.stringify(buildCslItems(report), null, 2)}\n`;
}
