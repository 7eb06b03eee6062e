// The single place that loads @citation-js and its plugins (they register themselves on import).
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { readStandingFlag } from "./csl-fields";
import type { CslItem } from "./csl-items";

export function createCite(items: readonly CslItem[]): Cite {
  return new Cite(items);
}

export type BibtexConstants = {
  commands: Record<string, string | null>;
  diacritics: Record<string, string>;
  ligatures: Record<string, string>;
};

export function readBibtexConstants(): BibtexConstants {
  return (plugins.config.get("@bibtex") as { constants: BibtexConstants }).constants;
}

// Titles and outlet names are proper names: APA would otherwise title-case "La Dépêche du Midi"
// into "La Dépêche Du Midi". citeproc reads this markup and never prints it.
function protectCase(text: string): string {
  return `<span class="nocase">${text}</span>`;
}

// APA's style prints an undated work's address as "Retrieved https://…", which reads as a
// recorded retrieval. Only "Retrieved <date>, from" stands on a recorded capture (`accessed`),
// so a bare "Retrieved" right before an address is dropped and the address stays.
const UNDATED_RETRIEVED = /Retrieved (?=(?:<a [^>]*>)?https?:)/g;

/** An APA bibliography; citeproc escapes names and titles itself in HTML output. */
export function formatBibliography(items: readonly CslItem[], format: "text" | "html"): string {
  if (items.length === 0) return "";
  const protectedItems: CslItem[] = items.map((item) => {
    const flag = readStandingFlag(item.note);
    return {
      ...item,
      // A retracted or corrected work is flagged where a reader of the list sees it.
      title: `${protectCase(item.title)}${flag ? ` [${flag}]` : ""}`,
      ...(item["container-title"] ? { "container-title": protectCase(item["container-title"]) } : {}),
    };
  });
  const text = String(createCite(protectedItems).format("bibliography", { format, template: "apa", lang: "en-US" }));
  return text.replace(UNDATED_RETRIEVED, "").trim();
}
