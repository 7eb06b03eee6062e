// What `claimtrail import` prints: one line per article created, unchanged or refused, then the
// totals. Sources "found" are names the workspace already had (by name, alias or merge): the
// import merged its claims into those sources instead of creating new ones. Warnings ask the
// editor what an entry left unclear (a primary record it does not say is available or not).
import { countNoun } from "@/lib/count-noun";
import { escapeControlCharacters } from "@/lib/input/terminal-text";
import type { ImportReport } from "@/server/services/articles/import-articles";

export function printImportReport(report: ImportReport, options: { single: boolean }): void {
  const out = (line: string) => process.stdout.write(`${escapeControlCharacters(line)}\n`);
  for (const article of report.articles) {
    const sources = `${countNoun(article.sourcesCreated, "new source")}, ${article.sourcesReused} found in the workspace`;
    out(
      options.single
        ? `imported ${article.slug} with ${countNoun(article.claims, "claim")} into workspace ${report.workspace} (${sources})`
        : `imported ${article.slug} with ${countNoun(article.claims, "claim")} from ${article.file} (${sources})`,
    );
  }
  for (const article of report.unchanged)
    out(
      options.single
        ? `unchanged ${article.slug} in workspace ${report.workspace}: imported before from the same content`
        : `unchanged ${article.slug} from ${article.file}`,
    );
  for (const refused of report.refused) out(`refused ${refused.file}: ${refused.reason}`);
  // Questions for the editor: what was stored says less (unknown), and the line says why.
  for (const warning of report.warnings)
    out(options.single ? `warning: ${warning.message}` : `warning ${warning.file}: ${warning.message}`);
  if (!options.single)
    out(`${report.articles.length} imported, ${report.unchanged.length} unchanged, ${report.refused.length} refused`);
}
